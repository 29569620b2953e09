using System.Globalization;

namespace Modular.Bench.Intake;

/// <summary>The intake results as markdown tables, ready to paste into BENCHMARKS.md.</summary>
internal static class IntakeReport
{
    public static string Render(IntakeOptions options, IReadOnlyList<Phase<DatabaseResult>> phases)
    {
        var lines = new List<string>
        {
            $"Rounds of {options.Duration.TotalSeconds:0} s, {options.Rounds} per endpoint and concurrency, after warm-up.",
            "",
            "| database | clients | endpoint | leads/s (median) | p50 ms | p99 ms | per round: leads/s (p50 / p99 ms) | hook / baseline | CPU taken by other processes |",
            "|---|---|---|---|---|---|---|---|---|",
        };
        foreach (var phase in phases)
        {
            foreach (var result in phase.Result.Concurrency)
            {
                lines.Add(Row(phase, result, "baseline: one INSERT", result.Rounds.Select(r => r.Baseline).ToList(), ""));
                lines.Add(Row(phase, result, "signed JSON hook", result.Rounds.Select(r => r.Intake).ToList(),
                    $"**{F(result.Ratio, "0.00")}** ({string.Join(", ", result.Rounds.Select(r => F(r.Ratio, "0.00")))})"));
            }
        }
        lines.Add("");
        foreach (var phase in phases)
        {
            var result = phase.Result;
            lines.Add($"{result.Storage}: failed requests {result.Concurrency.Sum(c => c.Rounds.Sum(r => r.Baseline.Failed + r.Intake.Failed))}; " +
                      $"leads stored = 201 answers: {(result.Concurrency.All(c => c.StoredMatchesCreated) ? "yes" : "NO")}; " +
                      $"outbox drained after each hook round in {string.Join(", ", result.Concurrency.SelectMany(c => c.Rounds).Select(r => F(r.OutboxDrain.TotalSeconds, "0.0")))} s.");
            if (result.Profile is { } profile)
            {
                lines.Add("");
                lines.Add($"Profile, {result.Database}: {profile.Requests} sequential requests each; baseline median {F(profile.BaselineMedianMilliseconds, "0.00")} ms; " +
                          $"hook median {F(profile.ClientMedianMilliseconds, "0.00")} ms at the client, {F(profile.ServerMedianMilliseconds, "0.0")} ms in the host's own request log.");
                if (profile.Statements.Count > 0)
                {
                    lines.Add($"{F(profile.CommandsPerRequest, "0.0")} statements per request, {F(profile.DatabaseMillisecondsPerRequest, "0.00")} ms of server time per request (parse + bind + execute):");
                    lines.Add("");
                    lines.Add("| statement | per request | server ms per request |");
                    lines.Add("|---|---|---|");
                    lines.AddRange(profile.Statements.Select(s => $"| `{s.Statement}` | {F(s.PerRequest, "0.00")} | {F(s.MillisecondsPerRequest, "0.000")} |"));
                }
                if (profile.SlowestPlan is { } plan)
                {
                    lines.Add("");
                    lines.Add("Slowest statement's plan (auto_explain):");
                    lines.Add("");
                    lines.Add("```");
                    lines.Add(plan);
                    lines.Add("```");
                }
            }
            lines.Add("");
        }
        return string.Join('\n', lines);
    }

    private static string Row(Phase<DatabaseResult> phase, ConcurrencyResult result, string endpoint, IReadOnlyList<LoadRound> rounds, string ratio) =>
        $"| {phase.Result.Database} | {result.Clients} | {endpoint} | {F(Statistics.Median(rounds.Select(r => r.LeadsPerSecond).ToList()), "0")} | " +
        $"{F(Statistics.Median(rounds.Select(r => r.P50Milliseconds).ToList()), "0.0")} | {F(Statistics.Median(rounds.Select(r => r.P99Milliseconds).ToList()), "0.0")} | " +
        $"{string.Join(", ", rounds.Select(r => $"{F(r.LeadsPerSecond, "0")} ({F(r.P50Milliseconds, "0.0")} / {F(r.P99Milliseconds, "0.0")})"))} | {ratio} | {phase.OthersCpuShare:0%} |";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
