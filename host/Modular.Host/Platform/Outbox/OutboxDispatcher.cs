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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) == options.BatchSize && !stoppingToken.IsCancellationRequested)
                    logger.LogDebug("A full batch of outbox messages went out; claiming the next");
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Claiming or recording outbox messages failed; trying again at the next poll");
            }
            await signal.WaitAsync(options.Poll, time, stoppingToken);
        }
    }

    /// <summary>Claims the messages due now and publishes them one after the other, oldest first.</summary>
    /// <returns>How many messages were claimed.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken stoppingToken)
    {
        var claimed = await claim.ClaimAsync(stoppingToken);
        foreach (var message in claimed)
            await DispatchAsync(message, stoppingToken);
        return claimed.Count;
    }

    private async Task DispatchAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await mediator.Publish(EventTypes.ToEvent(message), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await outcome.ReleasedAsync(message);
            return;
        }
        catch (Exception e)
        {
            await outcome.FailedAsync(message, e);
            return;
        }
        await outcome.DispatchedAsync(message);
    }
}
