using System.Diagnostics;
using Modular.Bench.Intake;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Bench.SpeedToLead;

/// <summary>
/// From the intake's 2xx to the first message the (fake) provider accepted, for leads posted at a steady rate into a
/// tenant whose contact window is always open and whose conversations go out through Twilio. Both ends are taken in
/// this process with Stopwatch timestamps (the fake runs here), so no wall clock is compared with another.
/// </summary>
internal static class SpeedToLeadBenchmark
{
    /// <summary>Leads at the same rate before the measure, so the first measured ones do not pay for the host's JIT and caches.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan OutboxDrainLimit = TimeSpan.FromSeconds(120);

    public static async Task<SpeedToLeadResult> RunAsync(Workspace workspace, IntakeDatabase database, SpeedToLeadOptions options)
    {
        var loadBefore = Machine.Load();
        using var postgres = database == IntakeDatabase.Postgres ? await PostgresServer.StartAsync() : null;
        // Every lead comes from one loopback address, which the host limits to 1200 hook calls a minute by default.
        var environment = new Dictionary<string, string>
        {
            ["Modular__RateLimits__HookPermitsPerMinute"] = "1000000000",
            // The tenant's Twilio channel points at the local fake, which the operator must allow.
            ["Extensions__messaging__AllowBaseUrlOverride"] = "true",
        };
        foreach (var (name, value) in options.HostEnvironment)
            environment[name] = value;
        string storage;
        ILeadsDatabase outbox;
        Func<Task<Journeys>> journeys;
        // The dispatcher's claim lease, which dates each claim (see LeadJourneys).
        var lease = TimeSpan.FromSeconds(environment.TryGetValue("Modular__Outbox__LeaseSeconds", out var seconds) ? int.Parse(seconds) : 60);
        if (postgres is not null)
        {
            var connectionString = await postgres.CreateDatabaseAsync("modular_bench");
            environment["Database__Provider"] = "Postgres";
            environment["ConnectionStrings__Modular"] = connectionString;
            storage = "PostgreSQL (throwaway cluster, server defaults: fsync on, synchronous_commit on)";
            outbox = new PostgresLeadsDatabase(connectionString);
            journeys = () => LeadJourneys.ReadPostgresAsync(connectionString, lease);
        }
        else
        {
            var file = Path.Combine(workspace.Host, "data", "modular.db");
            if (File.Exists(file))
                throw new InvalidOperationException($"{file} already exists; the bench needs a fresh database.");
            storage = "SQLite";
            outbox = new SqliteLeadsDatabase(file);
            journeys = () => LeadJourneys.ReadSqliteAsync(file, lease);
        }

        await using var _ = outbox;

        var tenantAndKey = await BenchTenant.CreateWithApiKeyAsync(workspace.Host, environment);
        await using var twilio = await FakeTwilioServer.StartAsync();
        using var host = HostProcess.Start(workspace.Host, environment);
        try
        {
            await host.WaitUntilReadyAsync(workspace.ExtensionCount, TimeSpan.FromSeconds(60));
            var tenant = await BenchTenant.CreateSourceAsync(host.BaseAddress, tenantAndKey);
            using (var client = new ClientSetup(host.BaseAddress, tenantAndKey.Split(' ')[1]))
            {
                await client.OpenWindowAllWeekAsync();
                await client.AddTwilioChannelAsync(twilio);
            }

            var load = new ScheduledLeads(tenant.IntakeUrl, tenant.Secret, Guid.NewGuid().ToString("N")[..8]);
            Console.WriteLine($"  {database}: warm-up, {options.Rate} leads/s for {WarmUp.TotalSeconds:0} s");
            var warm = await load.RunAsync(options.Rate, WarmUp);
            var (warmContacted, warmWait) = await WaitForFirstMessagesAsync(twilio, warm, options.Drain);
            var quiet = await WaitForEmptyOutboxAsync(outbox, host);
            Console.WriteLine($"  {database}: warm-up leads contacted {warmContacted}/{warm.Count}, the last {warmWait.TotalSeconds:0.0} s after the last answer; outbox empty {quiet.TotalSeconds:0.0} s later");

            Console.WriteLine($"  {database}: {options.Rate} leads/s for {options.Duration.TotalSeconds:0} s, then up to {options.Drain.TotalSeconds:0} s for the last first messages");
            var started = Stopwatch.GetTimestamp();
            var posted = await load.RunAsync(options.Rate, options.Duration);
            var (contacted, wait) = await WaitForFirstMessagesAsync(twilio, posted, options.Drain);
            var deadline = Stopwatch.GetTimestamp();
            Console.WriteLine($"  {database}: {posted.Count(p => p.AnsweredAt is not null)}/{posted.Count} answered 2xx, {contacted} contacted, waited {wait.TotalSeconds:0.0} s after the last answer");
            return SpeedToLeadResult.From(database, storage, started, posted, deadline, twilio, await journeys(), loadBefore, Machine.Load());
        }
        finally
        {
            if (options.KeepLog is { } folder && File.Exists(host.LogPath))
            {
                Directory.CreateDirectory(folder);
                File.Copy(host.LogPath, Path.Combine(folder, $"speed-to-lead-{database.ToString().ToLowerInvariant()}-host.log"), overwrite: true);
            }
        }
    }

    /// <summary>
    /// Waits until the host has published every event the warm-up wrote (scores, timeline entries, the conversations'
    /// own events), so the measure starts from a host with nothing left to do rather than from the warm-up's backlog.
    /// </summary>
    private static async Task<TimeSpan> WaitForEmptyOutboxAsync(ILeadsDatabase outbox, HostProcess host)
    {
        var clock = Stopwatch.StartNew();
        while (await outbox.UndispatchedEventsAsync() > 0)
        {
            if (clock.Elapsed > OutboxDrainLimit)
                throw host.Failure($"The outbox still held undispatched events {OutboxDrainLimit.TotalSeconds:0} s after the warm-up.");
            await Task.Delay(100);
        }
        return clock.Elapsed;
    }

    /// <summary>Waits until every lead answered 2xx has had a message accepted, or <paramref name="limit"/> has passed.</summary>
    /// <returns>How many have, and how long the wait took.</returns>
    private static async Task<(int Contacted, TimeSpan Waited)> WaitForFirstMessagesAsync(FakeTwilioServer twilio, IReadOnlyList<PostedLead> posted, TimeSpan limit)
    {
        var expected = posted.Where(p => p.AnsweredAt is not null).Select(p => p.Phone).ToHashSet(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var contacted = twilio.Messages.Select(m => m.To).Where(expected.Contains).Distinct().Count();
            if (contacted == expected.Count || clock.Elapsed >= limit)
                return (contacted, clock.Elapsed);
            await Task.Delay(100);
        }
    }
}
