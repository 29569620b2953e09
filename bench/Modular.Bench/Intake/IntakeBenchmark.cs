using System.Diagnostics;

namespace Modular.Bench.Intake;

/// <summary>
/// Leads/s and latency of the signed JSON hook of the published host, against a bare endpoint that stores the same
/// row with one INSERT into the same database, at each concurrency. Rounds alternate which endpoint goes first, and
/// after every round of the hook the bench waits until the host has published the outbox events that round wrote,
/// so the next round of either endpoint does not pay for the last one's leftovers.
/// </summary>
internal static class IntakeBenchmark
{
    private static readonly TimeSpan BaselineWarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan IntakeWarmUp = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(120);

    public static async Task<DatabaseResult> RunAsync(Workspace workspace, IntakeDatabase database, IntakeOptions options)
    {
        using var postgres = database == IntakeDatabase.Postgres ? await PostgresServer.StartAsync() : null;
        // Every request comes from one loopback address, which the host limits to 1200 hook calls a minute by default.
        var environment = new Dictionary<string, string> { ["Modular__RateLimits__HookPermitsPerMinute"] = "1000000000" };
        foreach (var (name, value) in options.HostEnvironment)
            environment[name] = value;
        ILeadsDatabase leads;
        string storage;
        if (postgres is not null)
        {
            var connectionString = await postgres.CreateDatabaseAsync("modular_bench");
            environment["Database__Provider"] = "Postgres";
            environment["ConnectionStrings__Modular"] = connectionString;
            leads = new PostgresLeadsDatabase(connectionString);
            storage = "PostgreSQL (throwaway cluster, server defaults: fsync on, synchronous_commit on)";
        }
        else
        {
            var file = Path.Combine(workspace.Host, "data", "modular.db");
            if (File.Exists(file))
                throw new InvalidOperationException($"{file} already exists; the bench needs a fresh database.");
            leads = new SqliteLeadsDatabase(file);
            storage = "SQLite";
        }
        await using var _ = leads;

        var tenantAndKey = await BenchTenant.CreateWithApiKeyAsync(workspace.Host, environment);
        if (leads is SqliteLeadsDatabase sqlite)
            storage = $"SQLite (journal_mode={await sqlite.JournalModeAsync()})";
        var run = Guid.NewGuid().ToString("N")[..8];
        var results = new List<ConcurrencyResult>();
        BenchTenant tenant;
        BaselineEndpoint baseline;
        using (var host = HostProcess.Start(workspace.Host, environment))
        {
            await host.WaitUntilReadyAsync(workspace.ExtensionCount, TimeSpan.FromSeconds(60));
            tenant = await BenchTenant.CreateSourceAsync(host.BaseAddress, tenantAndKey);
            // The baseline's rows go to a tenant of their own: in the hook's tenant they would lengthen its duplicate
            // lookups, which scan that tenant's recent leads, by however many rows the baseline managed to insert.
            baseline = await BaselineEndpoint.StartAsync(leads, Guid.NewGuid(), tenant.SourceId);
            var load = new SignedLoad(tenant.Secret, run);
            var leadsBefore = await leads.LeadCountAsync();
            long created = 0;
            foreach (var clients in options.Concurrency)
            {
                Console.WriteLine($"  {database}, {clients} clients: warm-up");
                created += (await load.RunAsync(baseline.Url, clients, BaselineWarmUp)).Created;
                created += (await load.RunAsync(tenant.IntakeUrl, clients, IntakeWarmUp)).Created;
                await DrainAsync(leads, host);

                var rounds = new List<RoundPair>();
                for (var round = 0; round < options.Rounds; round++)
                {
                    LoadRound? bare = null, intake = null;
                    var drain = TimeSpan.Zero;
                    foreach (var hook in round % 2 == 0 ? new[] { false, true } : [true, false])
                    {
                        await leads.RefreshStatisticsAsync();
                        var sample = await load.RunAsync(hook ? tenant.IntakeUrl : baseline.Url, clients, options.Duration);
                        created += sample.Created;
                        if (hook)
                        {
                            intake = sample;
                            drain = await DrainAsync(leads, host);
                        }
                        else
                            bare = sample;
                    }
                    rounds.Add(new RoundPair(bare!, intake!, drain));
                    var failure = intake!.FirstFailure ?? bare!.FirstFailure;
                    Console.WriteLine($"  round {round + 1}: baseline {bare!.LeadsPerSecond:0.0}/s, hook {intake.LeadsPerSecond:0.0}/s, " +
                                      $"{intake.Failed + bare.Failed} failed{(failure is null ? "" : " (" + failure + ")")}, outbox drained in {drain.TotalSeconds:0.0} s");
                }
                results.Add(new ConcurrencyResult(clients, rounds));
            }
            var stored = await leads.LeadCountAsync() - leadsBefore;
            if (stored != created)
                Console.WriteLine($"  WARNING: {created} requests answered 201 but {stored} leads were stored.");
            results = results.Select(r => r with { StoredMatchesCreated = stored == created }).ToList();
        }

        ProfileResult? profile = null;
        await using (baseline)
        {
            if (options.ProfileRequests > 0)
            {
                Console.WriteLine($"  {database}: profile of {options.ProfileRequests} sequential requests");
                if (postgres is not null)
                    await postgres.ExplainSlowStatementsAsync();
                // A new host, so every connection it opens is a session with the profile's settings.
                using var host = HostProcess.Start(workspace.Host, environment);
                await host.WaitUntilReadyAsync(workspace.ExtensionCount, TimeSpan.FromSeconds(60));
                var intakeUrl = new Uri(host.BaseAddress, tenant.IntakeUrl.AbsolutePath);
                profile = await IntakeProfile.RunAsync(host, tenant with { IntakeUrl = intakeUrl }, baseline.Url, options.ProfileRequests, run, postgres);
            }
        }
        return new DatabaseResult(database, storage, results, profile);
    }

    /// <summary>Waits until every event the hook wrote to the outbox is published; returns how long that took.</summary>
    private static async Task<TimeSpan> DrainAsync(ILeadsDatabase leads, HostProcess host)
    {
        var clock = Stopwatch.StartNew();
        while (await leads.UndispatchedEventsAsync() > 0)
        {
            if (clock.Elapsed > DrainLimit)
                throw host.Failure($"The outbox still held undispatched events {DrainLimit.TotalSeconds:0} s after the round.");
            await Task.Delay(50);
        }
        return clock.Elapsed;
    }
}

internal sealed record RoundPair(LoadRound Baseline, LoadRound Intake, TimeSpan OutboxDrain)
{
    public double Ratio => Intake.LeadsPerSecond / Baseline.LeadsPerSecond;
}

internal sealed record ConcurrencyResult(int Clients, IReadOnlyList<RoundPair> Rounds, bool StoredMatchesCreated = false)
{
    /// <summary>The median of each round's hook/baseline ratio: the two ran back to back, so drift on the machine mostly cancels out.</summary>
    public double Ratio => Statistics.Median(Rounds.Select(r => r.Ratio).ToList());
}

internal sealed record DatabaseResult(IntakeDatabase Database, string Storage, IReadOnlyList<ConcurrencyResult> Concurrency, ProfileResult? Profile);
