using Autofac;
using MediatR;
using Modular.Modules.Webhooks.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// Starts a queued delivery's first attempt as soon as the outbox hands over its event, without waiting for the
/// partner's answer. A watchdog job is stored first, due when the attempt's lease would have run out: should this
/// process die before the attempt ends, the job sends it; otherwise the job finds it ended and does nothing.
/// </summary>
internal sealed class RunDeliveryOnQueued(ILifetimeScope scope, DeliveryWorker worker, DeliveryPolicy policy, TimeProvider time)
    : INotificationHandler<WebhookDeliveryQueued>
{
    // After the lease, so the job does not find the first attempt still holding the delivery and fail for it.
    private static readonly TimeSpan WatchdogMargin = TimeSpan.FromSeconds(5);

    public async Task Handle(WebhookDeliveryQueued queued, CancellationToken cancellationToken)
    {
        await using (var tenant = scope.BeginTenantScope(queued.TenantId))
        {
            var watchdogAt = time.GetUtcNow() + policy.Lease + WatchdogMargin;
            await tenant.Resolve<IJobScheduler>().ScheduleAsync(DeliveryDueJob.Type, new DeliveryDue(queued.DeliveryId), watchdogAt, cancellationToken);
        }
        await worker.StartAsync(queued.TenantId, queued.DeliveryId, cancellationToken);
    }
}
