namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// Hands out an endpoint's attempts for the current second, in this process. Counting the attempts already logged
/// was not enough: attempts due together all counted before any was logged, and all went. The gate takes a slot at
/// once, under a lock; the log still counts what other instances sent.
/// </summary>
internal sealed class EndpointRateGate(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private readonly Dictionary<Guid, Queue<DateTimeOffset>> taken = [];

    /// <returns>True when the endpoint had a slot left in the last second, now taken.</returns>
    public bool TryTake(Guid endpointId, int perSecond)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!taken.TryGetValue(endpointId, out var recent))
                taken[endpointId] = recent = new Queue<DateTimeOffset>();
            while (recent.Count > 0 && recent.Peek() <= now - Window)
                recent.Dequeue();
            if (recent.Count >= perSecond)
                return false;
            recent.Enqueue(now);
            return true;
        }
    }
}
