using System.Globalization;

namespace Modular.Bench.SpeedToLead;

/// <summary>The speed-to-lead results as markdown tables, ready to paste into BENCHMARKS.md.</summary>
internal static class SpeedToLeadReport
{
    public static string Render(SpeedToLeadOptions options, IReadOnlyList<Phase<SpeedToLeadResult>> phases)
    {
        var lines = new List<string>
        {
            $"{options.Rate} leads/s for {options.Duration.TotalSeconds:0} s (open loop), then up to {options.Drain.TotalSeconds:0} s of drain; speed to lead in ms, from the intake's 2xx to the fake Twilio's acceptance of the lead's first message.",
            "",
            "| database | leads sent | answered 2xx | first message within run + drain | p50 | p95 | p99 (goal < 1000) | max | first messages/s | intake 2xx p50 / p99 ms | load average before → after | CPU taken by other processes |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        };
        foreach (var phase in phases)
        {
            var r = phase.Result;
            var s = r.SpeedToLead;
            lines.Add($"| {r.Storage} | {r.Sent} | {r.Answered} | {r.Contacted} ({Share(r.Contacted, r.Answered)}) | {Ms(s.P50)} | {Ms(s.P95)} | **{Ms(s.P99)}** | {Ms(s.Max)} | " +
                      $"{F(r.FirstMessagesPerSecond, "0.0")} | {Ms(r.Intake.P50)} / {Ms(r.Intake.P99)} | {r.LoadBefore} → {r.LoadAfter} | {phase.OthersCpuShare:0%} |");
        }
        lines.Add("");
        foreach (var phase in phases)
        {
            var r = phase.Result;
            lines.Add($"{r.Database}: failed posts {r.Failed}{(r.FirstFailure is null ? "" : $" (first: {r.FirstFailure})")}; calls the fake refused {r.RefusedByProvider}; " +
                      $"the client was at most {r.MaxLate.TotalMilliseconds:0} ms behind its schedule; " +
                      $"outbox events written (warm-up included): {string.Join(", ", r.OutboxEvents.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value}"))}; " +
                      $"the lead was scored before its conversation opened for {r.ScoredBeforeOpened} of the {r.Contacted} leads contacted (the LeadReceived handlers' order).");
            lines.Add("");
            lines.Add("| stage (host's clock) | what it holds | p50 | p95 | p99 | max |");
            lines.Add("|---|---|---|---|---|---|");
            lines.AddRange(r.Stages.Select(stage =>
                $"| {stage.Name} | {stage.What} | {Ms(stage.Milliseconds.P50)} | {Ms(stage.Milliseconds.P95)} | {Ms(stage.Milliseconds.P99)} | {Ms(stage.Milliseconds.Max)} |"));
            lines.Add("");
            lines.Add("| leads sent at | contacted | p50 | p99 | max |");
            lines.Add("|---|---|---|---|---|");
            lines.AddRange(r.OverTime.Select(slice =>
                $"| {slice.From.TotalSeconds:0}–{(slice.From + SpeedToLeadResult.SliceLength).TotalSeconds:0} s | {slice.SpeedToLead.Count} | {Ms(slice.SpeedToLead.P50)} | {Ms(slice.SpeedToLead.P99)} | {Ms(slice.SpeedToLead.Max)} |"));
            lines.Add("");
        }
        return string.Join('\n', lines);
    }

    private static string Share(int part, int whole) => whole == 0 ? "–" : ((double)part / whole).ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Ms(double milliseconds) => double.IsNaN(milliseconds) ? "–" : F(milliseconds, "0");

    private static string F(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
