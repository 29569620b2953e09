using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Scoring.Rescoring;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Scoring.Events;

/// <summary>Rescores a lead whose fields or tags changed.</summary>
internal sealed class RescoreOnLeadUpdated(ILifetimeScope scope) : INotificationHandler<LeadUpdated>
{
    public async Task Handle(LeadUpdated updated, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(updated.TenantId);
        await tenant.Resolve<LeadRescorer>().RescoreAsync(updated.LeadId, ScoreTriggers.Updated, cancellationToken);
    }
}
