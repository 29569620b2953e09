using System.Collections.Concurrent;
using System.Text.Json;
using Autofac;
using Modular.Host.Platform.Jobs;
using Modular.Host.Tests.Infrastructure;
using Modular.Sdk.Platform;
using Modular.Testing.Postgres;

namespace Modular.Host.Tests.Jobs;

/// <summary>Jobs on PostgreSQL, where several host instances share the database and claim with <c>FOR UPDATE SKIP LOCKED</c>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresJobTests(PostgresCluster postgres)
{
    private const int JobCount = 200;

    [PostgresFact]
    public async Task Two_runners_on_one_database_run_each_of_200_jobs_exactly_once()
    {
        var database = WorkDatabase.Postgres(await postgres.CreateDatabaseAsync());
        var time = new ManualTimeProvider();
        var executions = new ConcurrentDictionary<int, int>();
        var byRunner = new ConcurrentDictionary<string, int>();
        await using var first = await StartRunnerAsync(database, time, "runner-a", executions, byRunner);
        await using var second = await StartRunnerAsync(database, time, "runner-b", executions, byRunner);
        for (var n = 0; n < JobCount; n++)
            await first.ScheduleAsync(CountingHandler.Type, new { N = n });

        using var bothReady = new Barrier(2);
        await Task.WhenAll(DrainAsync(first, bothReady), DrainAsync(second, bothReady));

        executions.Keys.Order().ShouldBe(Enumerable.Range(0, JobCount));
        executions.Where(e => e.Value != 1).ShouldBeEmpty("no job may run twice");
        byRunner.Keys.Order().ToList().ShouldBe(new List<string> { "runner-a", "runner-b" }, "both runners took part, so their claims did compete");
        (await first.JobsAsync()).ShouldAllBe(j => j.Status == JobStatus.Succeeded && j.Attempts == 1);
    }

    [PostgresFact]
    public async Task A_job_whose_runner_died_is_claimed_again_once_its_lease_has_expired() =>
        await LeaseTests.AbandonedJobIsClaimedAgainAsync(WorkDatabase.Postgres(await postgres.CreateDatabaseAsync()));

    [PostgresFact]
    public async Task A_job_whose_runner_died_during_its_last_attempt_is_marked_failed_once_its_lease_has_expired() =>
        await LeaseTests.AbandonedLastAttemptIsBuriedAsync(WorkDatabase.Postgres(await postgres.CreateDatabaseAsync()));

    private static Task<WorkHost> StartRunnerAsync(Dictionary<string, string?> database, TimeProvider time, string runnerId, ConcurrentDictionary<int, int> executions, ConcurrentDictionary<string, int> byRunner) =>
        WorkHost.StartAsync(database, time,
            builder => builder.RegisterInstance(new CountingHandler(runnerId, executions, byRunner)).As<IJobHandler>(),
            new Dictionary<string, string?> { ["Modular:Jobs:RunnerId"] = runnerId, ["Modular:Jobs:BatchSize"] = "5" });

    /// <summary>Both start claiming together, and each stops when a claim finds nothing left for it.</summary>
    private static Task DrainAsync(WorkHost host, Barrier bothReady) => Task.Run(async () =>
    {
        bothReady.SignalAndWait();
        while (await host.Runner.RunDueJobsAsync(CancellationToken.None) > 0)
        {
        }
    });

    private sealed class CountingHandler(string runnerId, ConcurrentDictionary<int, int> executions, ConcurrentDictionary<string, int> byRunner) : IJobHandler
    {
        public const string Type = "tests.count";

        public string JobType => Type;

        public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
        {
            var n = JsonDocument.Parse(payloadJson).RootElement.GetProperty("n").GetInt32();
            executions.AddOrUpdate(n, 1, (_, count) => count + 1);
            byRunner.AddOrUpdate(runnerId, 1, (_, count) => count + 1);
            // Long enough for the other runner to claim while this batch is still running.
            await Task.Delay(2, cancellationToken);
        }
    }
}
