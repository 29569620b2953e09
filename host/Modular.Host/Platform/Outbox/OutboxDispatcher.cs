using System.Collections.Concurrent;
using MediatR;
using Modular.Sdk.Events;
using Modular.Host.Platform.Jobs;

namespace Modular.Host.Platform.Outbox;

/// <summary>
/// Publishes stored integration events through MediatR to every active module's handlers, at least once: a
/// message is marked dispatched only after every handler returned, so a failure or a crash in between delivers it
/// again, to all of them. Consumers therefore dedupe by <c>EventId</c> (see the README).
/// </summary>
internal sealed class OutboxDispatcher(OutboxClaim claim, OutboxOutcome outcome, IMediator mediator, OutboxOptions options, WakeSignal<OutboxDispatcher> signal, TimeProvider time, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        signal.RunAsync(DispatchDueAsync, options.BatchSize, options.Poll, time, logger, "outbox messages", stoppingToken);

    /// <summary>
    /// Claims the messages due now and publishes them: those about one thing (same
    /// <see cref="IntegrationEvent.OrderingKey"/>) one after the other, oldest first, and up to
    /// <see cref="OutboxOptions.Parallelism"/> different things side by side. Those delivered are recorded together, in one
    /// statement, when the batch is through (a crash before that delivers them again, which their consumers tolerate:
    /// a commit per message cost more than the deliveries themselves). The next batch is claimed only then, so the
    /// events about one thing keep their order from batch to batch too.
    /// </summary>
    /// <returns>How many messages were claimed.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken stoppingToken)
    {
        var claimed = await claim.ClaimAsync(stoppingToken);
        var delivered = new ConcurrentQueue<Guid>();
        try
        {
            var lanes = (await DecodeAsync(claimed)).GroupBy(decoded => decoded.Event.OrderingKey ?? decoded.Event.TenantId);
            // Not cancelled by the host stopping: each lane stops after the message in hand, which is then recorded.
            await Parallel.ForEachAsync(lanes, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, async (lane, _) =>
            {
                foreach (var (message, integrationEvent) in lane)
                {
                    if (await DispatchAsync(message, integrationEvent, stoppingToken))
                        delivered.Enqueue(message.Id);
                    else if (stoppingToken.IsCancellationRequested)
                        break;
                }
            });
        }
        finally
        {
            await outcome.DispatchedAsync([.. delivered]);
        }
        return claimed.Count;
    }

    /// <summary>The claimed messages as events, oldest first; one whose type cannot be read is failed, to be retried.</summary>
    private async Task<List<(OutboxMessage Message, IntegrationEvent Event)>> DecodeAsync(IReadOnlyList<OutboxMessage> claimed)
    {
        var decoded = new List<(OutboxMessage, IntegrationEvent)>(claimed.Count);
        foreach (var message in claimed)
        {
            try
            {
                decoded.Add((message, EventTypes.ToEvent(message)));
            }
            catch (Exception e)
            {
                await outcome.FailedAsync(message, e);
            }
        }
        return decoded;
    }

    /// <returns>Whether every handler took the message.</returns>
    private async Task<bool> DispatchAsync(OutboxMessage message, IntegrationEvent integrationEvent, CancellationToken stoppingToken)
    {
        try
        {
            await mediator.Publish(integrationEvent, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await outcome.ReleasedAsync(message);
        }
        catch (Exception e)
        {
            await outcome.FailedAsync(message, e);
        }
        return false;
    }
}
