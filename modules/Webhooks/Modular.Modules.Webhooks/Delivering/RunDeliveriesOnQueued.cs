using Autofac;
using MediatR;
using Modular.Modules.Webhooks.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// Starts a message's first attempts as soon as the outbox hands over its event, without waiting for the partners'
/// answers. One watchdog job is stored first, due when the attempts' leases would have run out: should this process
/// die before an attempt ends, the job sends it; otherwise the job finds the deliveries ended and does nothing.
/// </summary>
internal sealed class RunDeliveriesOnQueued(ILifetimeScope scope, DeliveryWorker worker, DeliveryPolicy policy, TimeProvider time)
    : INotificationHandler<WebhookDeliveriesQueued>
{
    // After the lease, so the job does not find the first attempt still holding the delivery and fail for it.
    private static readonly TimeSpan WatchdogMargin = TimeSpan.FromSeconds(5);

    public async Task Handle(WebhookDeliveriesQueued queued, CancellationToken cancellationToken)
    {
        await using (var tenant = scope.BeginTenantScope(queued.TenantId))
        {
            var watchdogAt = time.GetUtcNow() + policy.Lease + WatchdogMargin;
            await tenant.Resolve<IJobScheduler>().ScheduleAsync(DeliveryDueJob.Type, new DeliveryDue(queued.DeliveryIds), watchdogAt, cancellationToken);
        }
        foreach (var deliveryId in queued.DeliveryIds)
            await worker.StartAsync(queued.TenantId, deliveryId, cancellationToken);
    }
}
