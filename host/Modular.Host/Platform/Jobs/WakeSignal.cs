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
