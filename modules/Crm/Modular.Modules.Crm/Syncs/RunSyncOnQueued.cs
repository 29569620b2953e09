using Autofac;
using MediatR;
using Modular.Modules.Crm.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Syncs;

/// <summary>Runs a queued push's first attempt as soon as the outbox delivers it (at least once: the attempt's claim makes a redelivery harmless).</summary>
internal sealed class RunSyncOnQueued(ILifetimeScope scope) : INotificationHandler<CrmSyncQueued>
{
    public async Task Handle(CrmSyncQueued queued, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(queued.TenantId);
        await tenant.Resolve<SyncAttempt>().RunAsync(queued.SyncId, cancellationToken);
    }
}
