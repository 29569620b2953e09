using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform;
using Modular.Host.Tests.Jobs;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Data;

public sealed class SqliteWriteTurnsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-turns-").FullName;

    [Fact]
    public async Task A_second_writer_waits_for_its_turn_instead_of_failing_on_the_lock_the_first_holds()
    {
        // SQLite's own waiting is cut to one second: a writer that went to SQLite while the lock is held longer would fail.
        var database = new Dictionary<string, string?> { ["ConnectionStrings:Modular"] = $"Data Source={Path.Combine(folder, "turns.db")};Pooling=False;Default Timeout=1" };
        await using var host = await WorkHost.StartAsync(database, TimeProvider.System);

        await using var firstScope = host.Container.BeginLifetimeScope();
        var first = firstScope.Resolve<PlatformDbContext>();
        var holding = await first.Database.BeginTransactionAsync();
        var second = Task.Run(async () =>
        {
            await using var secondScope = host.Container.BeginLifetimeScope();
            await using var transaction = await secondScope.Resolve<PlatformDbContext>().Database.BeginTransactionAsync();
            await secondScope.Resolve<IJobScheduler>().ScheduleAsync("turns.second", new { });
            await transaction.CommitAsync();
        });

        await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(2)));
        second.IsCompleted.ShouldBeFalse("the second writer waits while the first holds its transaction open");
        await first.Database.ExecuteSqlRawAsync("SELECT 1");
        await holding.CommitAsync();
        await holding.DisposeAsync();

        await second;
        (await host.JobsAsync()).ShouldHaveSingleItem().Type.ShouldBe("turns.second");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
