using System.Diagnostics;
using Modular.Bench.SpeedToLead;

namespace Modular.Bench.Webhooks;

/// <summary>What the receivers saw of the measured leads' messages.</summary>
/// <param name="FirstAttempt">First arrival − the envelope's timestamp, ms, per message and receiver.</param>
/// <param name="DeliveriesPerSecond">Message–receiver pairs answered 2xx, per second from the first post to the last such answer.</param>
/// <param name="Retried">Pairs that took more than one attempt.</param>
/// <param name="RetryWait">From a retried pair's first arrival to the arrival that was answered 2xx, ms.</param>
/// <param name="ExtraDeliveries">2xx answers beyond the first for the same pair: at-least-once showing.</param>
/// <param name="EventOutsidePost">Leads whose event timestamp is not between the post's send and its answer: a clock that cannot be compared.</param>
/// <param name="ByPostOrder">First-attempt latency by quarter of the leads, in the order they were posted: a growing wait is a queue.</param>
internal sealed record WebhooksResult(
    int Posted,
    int Created,
    string? FirstFailure,
    TimeSpan Posting,
    int Expected,
    int Delivered,
    int Messages,
    int Attempts,
    int Retried,
    int FailedFirstAttempts,
    int ExtraDeliveries,
    int BadSignatures,
    int EventOutsidePost,
    Percentiles FirstAttempt,
    Percentiles FirstAttemptFastReceivers,
    Percentiles FirstAttemptSlowReceivers,
    Percentiles RetryWait,
    IReadOnlyList<Percentiles> ByPostOrder,
    double DeliveriesPerSecond,
    TimeSpan FirstPostToLastDelivery,
    TimeSpan DrainWaited,
    int MostInFlight,
    string LoadBefore,
    string LoadAfter)
{
    public static WebhooksResult From(
        IReadOnlyList<LeadPost> posted, ArrivalLog log, IReadOnlyList<PartnerReceiver> receivers, TimeSpan drainWaited, string loadBefore, string loadAfter)
    {
        var leads = posted.Where(p => p.LeadId is not null).ToDictionary(p => p.LeadId!.Value);
        // Only the measured leads' messages: a warm-up message delivered again late would otherwise count.
        var arrivals = log.Snapshot().Where(a => a.LeadId is { } id && leads.ContainsKey(id)).ToList();
        var pairs = arrivals.GroupBy(a => (a.Receiver, a.WebhookId)).Select(g => g.OrderBy(a => a.ArrivedAt).ToList()).ToList();
        var slow = receivers.Where(r => r.Slow).Select(r => r.Number).ToHashSet();

        static double FirstAttemptMs(List<Arrival> pair) => (pair[0].ArrivedAt - pair[0].EventTime!.Value).TotalMilliseconds;
        var timed = pairs.Where(p => p[0].EventTime is not null).ToList();

        var delivered = pairs.Where(p => p.Any(a => a.Delivered)).ToList();
        var firstPost = posted.Min(p => p.SentTimestamp);
        var lastDelivery = arrivals.Where(a => a.Delivered).Select(a => a.AnsweredTimestamp).DefaultIfEmpty(firstPost).Max();
        var span = Stopwatch.GetElapsedTime(firstPost, lastDelivery);

        var retried = pairs.Where(p => p.Count > 1 && p.Any(a => a.Delivered)).ToList();
        var eventTimes = arrivals.Where(a => a.EventTime is not null).GroupBy(a => a.LeadId!.Value).ToDictionary(g => g.Key, g => g.First().EventTime!.Value);
        var byOrder = posted.Where(p => p.LeadId is not null).OrderBy(p => p.SentTimestamp).Select(p => p.LeadId!.Value).ToList();
        var firstAttemptByLead = timed.ToLookup(p => p[0].LeadId!.Value, FirstAttemptMs);

        return new WebhooksResult(
            posted.Count, leads.Count, posted.FirstOrDefault(p => p.Failure is not null)?.Failure,
            Stopwatch.GetElapsedTime(firstPost, posted.Max(p => p.SentTimestamp)),
            leads.Count * receivers.Count, delivered.Count, arrivals.Select(a => a.WebhookId).Distinct().Count(), arrivals.Count,
            retried.Count, pairs.Count(p => !p[0].Delivered), arrivals.Count(a => a.Delivered) - delivered.Count,
            arrivals.Count(a => !a.SignatureValid),
            leads.Values.Count(p => eventTimes.TryGetValue(p.LeadId!.Value, out var at) && (at < p.SentAt || at > p.AnsweredAt)),
            Percentiles.Of(timed.Select(FirstAttemptMs)),
            Percentiles.Of(timed.Where(p => !slow.Contains(p[0].Receiver)).Select(FirstAttemptMs)),
            Percentiles.Of(timed.Where(p => slow.Contains(p[0].Receiver)).Select(FirstAttemptMs)),
            Percentiles.Of(retried.Select(p => (p.First(a => a.Delivered).ArrivedAt - p[0].ArrivedAt).TotalMilliseconds)),
            Quarters(byOrder).Select(quarter => Percentiles.Of(quarter.SelectMany(id => firstAttemptByLead[id]))).ToList(),
            delivered.Count / span.TotalSeconds, span, drainWaited, log.MostInFlight, loadBefore, loadAfter);
    }

    private static IEnumerable<IEnumerable<Guid>> Quarters(IReadOnlyList<Guid> ordered) =>
        Enumerable.Range(0, 4).Select(q => ordered.Skip(q * ordered.Count / 4).Take((q + 1) * ordered.Count / 4 - q * ordered.Count / 4));
}
