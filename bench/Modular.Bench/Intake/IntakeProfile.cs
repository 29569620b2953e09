using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Modular.Bench.Intake;

/// <summary>
/// Where an intake's time goes, seen from outside the host (whose EF Core logging does not reach its log): sequential
/// signed requests, timed by the client and by the host's own request log line; on PostgreSQL the server also logs
/// every statement with its duration, and the statements are counted per request, grouped by verb and table.
/// </summary>
internal static partial class IntakeProfile
{
    private const string HookRoute = "/hooks/leads/{key}";

    public static async Task<ProfileResult> RunAsync(HostProcess host, BenchTenant tenant, Uri baseline, int requests, string run, PostgresServer? postgres)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        // Warm the paths up first so the profile shows the steady state, not first-call compilation.
        await SendAsync(client, tenant, 100, run);
        await SendAsync(client, tenant with { IntakeUrl = baseline }, 100, run);
        var baselineLatencies = await SendAsync(client, tenant with { IntakeUrl = baseline }, requests, run);
        await Task.Delay(TimeSpan.FromSeconds(2));

        if (postgres is not null)
            await postgres.LogStatementsAsync(true);
        var hostOffset = new FileInfo(host.LogPath).Length;
        var serverOffset = postgres is null ? 0 : new FileInfo(postgres.LogPath).Length;
        var latencies = await SendAsync(client, tenant, requests, run);
        // Both logs are written a little behind; let them catch up before reading.
        await Task.Delay(TimeSpan.FromSeconds(1));
        if (postgres is not null)
            await postgres.LogStatementsAsync(false);

        var serverLog = postgres is null ? [] : ReadFrom(postgres.LogPath, serverOffset);
        return new ProfileResult(requests, Statistics.Median(baselineLatencies), Statistics.Median(latencies), ServerMedian(ReadFrom(host.LogPath, hostOffset)),
            Statements(serverLog, requests), SlowestPlan(serverLog));
    }

    private static async Task<List<double>> SendAsync(HttpClient client, BenchTenant tenant, int requests, string run)
    {
        var latencies = new List<double>();
        for (var n = 0; n < requests; n++)
        {
            var body = BenchPerson.Next(run).Json();
            using var request = new HttpRequestMessage(HttpMethod.Post, tenant.IntakeUrl) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add("X-Modular-Signature", BenchPerson.Sign(tenant.Secret, body, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            if (response.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"Profile request answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return latencies;
    }

    private static List<string> ReadFrom(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return lines;
    }

    /// <summary>The median time the host's request log line gives the hook's requests.</summary>
    private static double ServerMedian(IEnumerable<string> lines)
    {
        var times = new List<double>();
        foreach (var line in lines.Where(l => l.StartsWith('{') && l.Contains(HookRoute, StringComparison.Ordinal)))
        {
            using var entry = JsonDocument.Parse(line);
            if (entry.RootElement.TryGetProperty("State", out var state) && state.TryGetProperty("ElapsedMilliseconds", out var elapsed)
                && double.TryParse(elapsed.ToString(), CultureInfo.InvariantCulture, out var milliseconds))
                times.Add(milliseconds);
        }
        return times.Count == 0 ? double.NaN : Statistics.Median(times);
    }

    /// <summary>
    /// Groups the server's "duration: … ms  execute|statement|parse|bind: SQL" lines by statement. Only execute and
    /// statement lines count as commands; parse and bind time is added to the statement they prepare.
    /// </summary>
    private static List<ProfiledStatement> Statements(List<string> lines, int requests)
    {
        var entries = new List<(string Step, double Milliseconds, string Sql)>();
        foreach (var line in lines)
        {
            if (Duration().Match(line) is { Success: true } match)
                entries.Add((match.Groups[2].Value, double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[3].Value));
            else if (line.StartsWith('\t') && entries.Count > 0)
                entries[^1] = entries[^1] with { Sql = entries[^1].Sql + " " + line.Trim() };
        }
        return entries.GroupBy(e => Describe(e.Sql))
            .Select(g => new ProfiledStatement(g.Key, g.Count(e => e.Step is "execute" or "statement") / (double)requests, g.Sum(e => e.Milliseconds) / requests))
            .Where(s => s.PerRequest > 0)
            .OrderByDescending(s => s.PerRequest).ThenBy(s => s.Statement)
            .ToList();
    }

    /// <summary>The plan auto_explain logged for the slowest statement, to show why it was slow.</summary>
    private static string? SlowestPlan(List<string> lines)
    {
        (double Milliseconds, string Plan)? slowest = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Plan().Match(lines[i]) is not { Success: true } match)
                continue;
            var milliseconds = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var plan = string.Join('\n', lines.Skip(i + 1).TakeWhile(l => l.StartsWith('\t')).Select(l => l.TrimEnd()));
            if (slowest is null || milliseconds > slowest.Value.Milliseconds)
                slowest = (milliseconds, $"{milliseconds:0.000} ms\n{plan}");
        }
        return slowest?.Plan;
    }

    [GeneratedRegex(@"duration: ([\d.]+) ms\s+plan:")]
    private static partial Regex Plan();

    /// <summary>"SELECT leads.sources", "INSERT platform.outbox_messages", "COMMIT": the verb and the first table named.</summary>
    private static string Describe(string sql)
    {
        var verb = sql.TrimStart().Split([' ', '\t', ';'], 2)[0].ToUpperInvariant();
        return Table().Match(sql) is { Success: true } table ? $"{verb} {table.Groups[1].Value.Replace("\"", "")}" : Shorten(sql);
    }

    private static string Shorten(string sql)
    {
        var flat = string.Join(' ', sql.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 50 ? flat : flat[..50] + "…";
    }

    [GeneratedRegex(@"duration: ([\d.]+) ms\s+(execute|statement|parse|bind)[^:]*:\s*(.*)$")]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?:FROM|INTO|UPDATE)\s+((?:""?\w+""?\.)?""?\w+""?)", RegexOptions.IgnoreCase)]
    private static partial Regex Table();
}

internal sealed record ProfiledStatement(string Statement, double PerRequest, double MillisecondsPerRequest);

internal sealed record ProfileResult(int Requests, double BaselineMedianMilliseconds, double ClientMedianMilliseconds, double ServerMedianMilliseconds,
    IReadOnlyList<ProfiledStatement> Statements, string? SlowestPlan)
{
    public double CommandsPerRequest => Statements.Sum(s => s.PerRequest);
    public double DatabaseMillisecondsPerRequest => Statements.Sum(s => s.MillisecondsPerRequest);
}
