using MediatR;
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
        // Each loop claims batches of its own (claims never overlap), so several can run side by side.
        Task.WhenAll(Enumerable.Range(0, options.Dispatchers)
            .Select(_ => signal.RunAsync(DispatchDueAsync, options.BatchSize, options.Poll, time, logger, "outbox messages", stoppingToken)));

    /// <summary>
    /// Claims the messages due now and publishes them one after the other, oldest first; those delivered are recorded
    /// together, in one statement, when the batch is through (a crash before that delivers them again, which their
    /// consumers tolerate: a commit per message cost more than the deliveries themselves).
    /// </summary>
    /// <returns>How many messages were claimed.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken stoppingToken)
    {
        var claimed = await claim.ClaimAsync(stoppingToken);
        var delivered = new List<Guid>(claimed.Count);
        try
        {
            foreach (var message in claimed)
            {
                if (await DispatchAsync(message, stoppingToken))
                    delivered.Add(message.Id);
                else if (stoppingToken.IsCancellationRequested)
                    break;
            }
        }
        finally
        {
            await outcome.DispatchedAsync(delivered);
        }
        return claimed.Count;
    }

    /// <returns>Whether every handler took the message.</returns>
    private async Task<bool> DispatchAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await mediator.Publish(EventTypes.ToEvent(message), stoppingToken);
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
