using Autofac;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// Runs first attempts beside the outbox rather than inside it: an outbox handler that waited for a partner's answer
/// made one slow partner set the pace for every delivery of its tenant, and held up the outbox's next batch. At most
/// <see cref="DeliveryPolicy.Parallelism"/> attempts run at once; when all are busy, <see cref="StartAsync"/> waits for
/// one to end, which slows the outbox instead of piling attempts up in memory.
/// </summary>
/// <remarks>
/// Not durable by itself: the caller schedules a watchdog job first (<see cref="RunDeliveriesOnQueued"/>), which runs the
/// attempt should this process die before it ends.
/// </remarks>
internal sealed class DeliveryWorker(ILifetimeScope scope, DeliveryPolicy policy, ILoggerFactory loggers)
{
    private readonly SemaphoreSlim slots = new(policy.Parallelism, policy.Parallelism);
    private readonly CancellationTokenSource cancelRunning = new();
    private volatile bool stopped;
    // Named by string: an ILogger<T> over a type of this module keeps a swapped-out version in memory.
    private readonly ILogger logger = loggers.CreateLogger("Modular.Modules.Webhooks.Delivering");

    /// <summary>Starts the delivery's attempt once a slot is free, and returns without waiting for it.</summary>
    /// <exception cref="InvalidOperationException">This version is stopping; the outbox hands the event over again later.</exception>
    public async Task StartAsync(Guid tenantId, Guid deliveryId, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        if (stopped)
        {
            slots.Release();
            throw new InvalidOperationException($"Webhook delivery {deliveryId} arrived while deliveries were stopping.");
        }
        _ = Task.Run(() => AttemptAsync(tenantId, deliveryId), CancellationToken.None);
    }

    /// <summary>
    /// Takes no new attempt and waits for those running, cancelling them when <paramref name="cancellationToken"/> fires;
    /// a cancelled one keeps its lease, and its watchdog job sends it again once the lease runs out.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        stopped = true;
        await using var giveUp = cancellationToken.Register(cancelRunning.Cancel);
        // Every slot back means no attempt is left running.
        for (var taken = 0; taken < policy.Parallelism; taken++)
            await slots.WaitAsync(CancellationToken.None);
    }

    private async Task AttemptAsync(Guid tenantId, Guid deliveryId)
    {
        try
        {
            await using var tenant = scope.BeginTenantScope(tenantId);
            // Held by another attempt: nothing to do; the attempt that holds it, or its watchdog, ends it.
            await tenant.Resolve<DeliveryAttempt>().RunAsync(deliveryId, cancelRunning.Token);
        }
        catch (OperationCanceledException) when (cancelRunning.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Webhook delivery {DeliveryId} failed its attempt; its watchdog job tries again", deliveryId);
        }
        finally
        {
            slots.Release();
        }
    }
}
