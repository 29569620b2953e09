using System.Globalization;
using Modular.Bench.SpeedToLead;

namespace Modular.Bench.Webhooks;

/// <summary>The webhook delivery results as markdown, ready to paste into BENCHMARKS.md.</summary>
internal static class WebhooksReport
{
    public static string Render(WebhooksOptions options, Phase<WebhooksResult> phase)
    {
        var r = phase.Result;
        var lines = new List<string>
        {
            $"{r.Created} leads ({options.Concurrency} posted at a time) × {options.Receivers} receivers for lead.received; one receiver in {options.OneSlowIn} " +
            $"answers after 0.5–1 s; each fails (500) the first attempt of {options.FirstAttemptFailures:0%} of its messages; retry schedule {options.RetrySchedule} s.",
            "",
            "| measure | value |",
            "|---|---|",
            $"| deliveries/s (2xx, first post → last delivery) | **{F(r.DeliveriesPerSecond, "0.0")}** |",
            $"| first attempt − event timestamp, p50 / p95 / p99 / max, ms | **{Ms(r.FirstAttempt)}** |",
            $"| … at the fast receivers | {Ms(r.FirstAttemptFastReceivers)} |",
            $"| … at the slow receiver(s) | {Ms(r.FirstAttemptSlowReceivers)} |",
            $"| deliveries (message–receiver pairs answered 2xx) | {r.Delivered} of {r.Expected} ({Share(r.Delivered, r.Expected)}) |",
            $"| first post → last delivery | {r.FirstPostToLastDelivery.TotalSeconds:0.0} s (posting took {r.Posting.TotalSeconds:0.0} s; the last delivery came {r.DrainWaited.TotalSeconds:0.0} s after the last answer) |",
            $"| retried (first attempt failed, delivered later) | {r.Retried} of {r.FailedFirstAttempts} failed first attempts |",
            $"| first failure → delivered, p50 / p95 / p99 / max, ms | {Ms(r.RetryWait)} |",
            $"| attempts received / messages | {r.Attempts} / {r.Messages} |",
            $"| 2xx beyond the first for one pair / bad signatures | {r.ExtraDeliveries} / {r.BadSignatures} |",
            $"| most requests in flight at the receivers at once | {r.MostInFlight} |",
            $"| leads whose event timestamp is outside its post's send → answer (clock check) | {r.EventOutsidePost} |",
            $"| leads not created | {r.Posted - r.Created}{(r.FirstFailure is null ? "" : $" (first: {r.FirstFailure})")} |",
            $"| load average before → after | {r.LoadBefore} → {r.LoadAfter} |",
            $"| CPU taken by other processes | {phase.OthersCpuShare:0%} |",
            "",
            "| leads, in the order posted | first attempt − event timestamp, p50 / p95 / p99 / max, ms |",
            "|---|---|",
        };
        lines.AddRange(r.ByPostOrder.Select((quarter, i) => $"| {(i == 0 ? "first" : i == 3 ? "last" : i == 1 ? "second" : "third")} quarter | {Ms(quarter)} |"));
        return string.Join('\n', lines);
    }

    private static string Ms(Percentiles p) => $"{Ms(p.P50)} / {Ms(p.P95)} / {Ms(p.P99)} / {Ms(p.Max)}";

    private static string Share(int part, int whole) => whole == 0 ? "–" : ((double)part / whole).ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Ms(double milliseconds) => F(milliseconds, "0");

    private static string F(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
