using Autofac;
using MediatR;
using Modular.Modules.Webhooks.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>Runs a queued delivery's first attempt as soon as the outbox hands over its event (a redelivery finds it claimed or done).</summary>
internal sealed class RunDeliveryOnQueued(ILifetimeScope scope) : INotificationHandler<WebhookDeliveryQueued>
{
    public async Task Handle(WebhookDeliveryQueued queued, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(queued.TenantId);
        await tenant.Resolve<DeliveryAttempt>().RunAsync(queued.DeliveryId, cancellationToken);
    }
}
