using System.Collections.Concurrent;

namespace Modular.Bench.Webhooks;

/// <summary>
/// Every request the receivers got, shared by them all, with the most that were being answered at once: that shows
/// whether the host sends to several partners side by side or one after the other.
/// </summary>
internal sealed class ArrivalLog
{
    private ConcurrentQueue<Arrival> arrivals = new();
    private ConcurrentDictionary<(int Receiver, string WebhookId), byte> delivered = new();
    private int inFlight;
    private int mostInFlight;
    private volatile bool measuring;

    /// <summary>
    /// False during the warm-up, when the receivers answer 200 at once: the warm-up is there to have the host's
    /// delivery path compiled and its connections open, and should take seconds, not minutes.
    /// </summary>
    public bool Measuring => measuring;

    public int MostInFlight => Volatile.Read(ref mostInFlight);

    public IReadOnlyList<Arrival> Snapshot() => [.. arrivals];

    /// <summary>Distinct message–receiver pairs answered 2xx so far.</summary>
    public int DeliveredCount => delivered.Count;

    /// <summary>Forgets the warm-up and has the receivers fail and wait as the run asks from now on.</summary>
    public void StartMeasuring()
    {
        arrivals = new ConcurrentQueue<Arrival>();
        delivered = new ConcurrentDictionary<(int Receiver, string WebhookId), byte>();
        Volatile.Write(ref mostInFlight, 0);
        measuring = true;
    }

    public void Add(Arrival arrival)
    {
        arrivals.Enqueue(arrival);
        if (arrival.Delivered)
            delivered.TryAdd((arrival.Receiver, arrival.WebhookId), 0);
    }

    public void Entered()
    {
        var now = Interlocked.Increment(ref inFlight);
        var most = Volatile.Read(ref mostInFlight);
        while (now > most && Interlocked.CompareExchange(ref mostInFlight, now, most) is var seen && seen != most)
            most = seen;
    }

    public void Left() => Interlocked.Decrement(ref inFlight);
}
