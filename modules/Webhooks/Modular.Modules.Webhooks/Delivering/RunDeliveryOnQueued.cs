using Autofac;
using MediatR;
using Modular.Modules.Webhooks.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// Runs a queued delivery's first attempt as soon as the outbox hands over its event. A redelivery finds it done, or
/// held by a live attempt; held by one that died with its process, it throws, so the outbox tries again once the
/// dead attempt's lease has run out.
/// </summary>
internal sealed class RunDeliveryOnQueued(ILifetimeScope scope) : INotificationHandler<WebhookDeliveryQueued>
{
    public async Task Handle(WebhookDeliveryQueued queued, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(queued.TenantId);
        if (!await tenant.Resolve<DeliveryAttempt>().RunAsync(queued.DeliveryId, cancellationToken))
            throw new InvalidOperationException($"Webhook delivery {queued.DeliveryId} is held by another attempt.");
    }
}
