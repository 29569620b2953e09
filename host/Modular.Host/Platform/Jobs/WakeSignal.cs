using System.Threading.Channels;

namespace Modular.Host.Platform.Jobs;

/// <summary>
/// Wakes a polling worker (<typeparamref name="TWorker"/>) as soon as this process has given it work, instead of at its
/// next poll. Wakes that arrive while it is busy collapse into one, which is all it needs to look again. Other
/// instances are not woken: they find the work at their next poll.
/// </summary>
internal sealed class WakeSignal<TWorker>
{
    private readonly Channel<bool> wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => wakes.Writer.TryWrite(true);

    /// <summary>
    /// The worker's loop until <paramref name="stopping"/>: runs a batch, again at once while batches come back full
    /// (more is probably due), otherwise after the next wake or poll. A batch that throws is logged and tried again
    /// at the next poll, so a database outage slows the worker down instead of stopping it.
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task<int>> runBatch, int batchSize, TimeSpan poll, TimeProvider time, ILogger logger, string work, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                while (await runBatch(stopping) == batchSize && !stopping.IsCancellationRequested)
                    logger.LogDebug("A full batch of {Work} ran; claiming the next", work);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                logger.LogError(e, "Claiming or recording {Work} failed; trying again at the next poll", work);
            }
            await WaitAsync(poll, time, stopping);
        }
    }

    /// <summary>Completes when woken or after <paramref name="poll"/>, whichever is first; quietly when <paramref name="stopping"/> fires.</summary>
    public async Task WaitAsync(TimeSpan poll, TimeProvider time, CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(poll, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            await wakes.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException)
        {
            // Polling time, or stopping: both mean "stop waiting", and the caller's loop checks which.
        }
    }
}
