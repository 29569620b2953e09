using Autofac;
using MediatR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform;
using Modular.Host.Platform.Jobs;
using Modular.Host.Tests.Infrastructure;
using Modular.Host.Tests.Outbox;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

/// <summary>The real host, as composed for production: its runner and dispatcher start with it and do their work unattended.</summary>
public sealed class HostWiringTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_host_runs_a_scheduled_job_and_publishes_a_committed_event_without_waiting_for_its_next_poll()
    {
        var ran = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new TaskCompletionSource<OrderPlaced>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = new ModularHost(folders, new Dictionary<string, string?>
        {
            // No module needed: the host's own composition is under test, and loading eight modules is most of a host's start.
            ["Modular:ModulesPath"] = Path.Combine(folders.Root, "none"),
            ["Modular:PluginsPath"] = Path.Combine(folders.Root, "none"),
            // Polls so rare that only the in-process wake-up can make this test pass in time.
            ["Modular:Jobs:PollMilliseconds"] = "3600000",
            ["Modular:Outbox:PollMilliseconds"] = "3600000",
        });
        using var configured = host.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton<IJobHandler>(new RecordingJobHandler("tests.ping", (payload, _) => { ran.TrySetResult(payload); return Task.CompletedTask; }));
            services.AddSingleton<INotificationHandler<OrderPlaced>>(new SignallingConsumer(received));
        }));
        var root = configured.Services.GetRequiredService<ILifetimeScope>();

        Guid jobId;
        await using (var scope = root.BeginLifetimeScope())
            jobId = await scope.Resolve<IJobScheduler>().ScheduleAsync("tests.ping", new { Ping = 1 });
        OrderPlaced placed;
        await using (var scope = root.BeginLifetimeScope())
        {
            var platform = scope.Resolve<PlatformDbContext>();
            await using var transaction = await platform.Database.BeginTransactionAsync();
            placed = new OrderPlaced(Guid.NewGuid(), "Lead pack") { OccurredAt = DateTimeOffset.UtcNow };
            scope.Resolve<IOutbox>().Add(placed);
            await transaction.CommitAsync();
        }

        (await ran.Task.WaitAsync(TimeSpan.FromSeconds(20))).ShouldBe("""{"ping":1}""");
        (await received.Task.WaitAsync(TimeSpan.FromSeconds(20))).ShouldBe(placed);
        await WaitUntilAsync(root, async platform => (await platform.Jobs.SingleAsync(j => j.Id == jobId)).Status == JobStatus.Succeeded);
        await WaitUntilAsync(root, async platform => (await platform.OutboxMessages.SingleAsync(m => m.Id == placed.EventId)).DispatchedAt is not null);
    }

    private static async Task WaitUntilAsync(ILifetimeScope root, Func<PlatformDbContext, Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            await using var scope = root.BeginLifetimeScope();
            if (await condition(scope.Resolve<PlatformDbContext>()))
                return;
            await Task.Delay(20, patience.Token);
        }
    }

    public void Dispose() => folders.Dispose();

    private sealed class SignallingConsumer(TaskCompletionSource<OrderPlaced> received) : INotificationHandler<OrderPlaced>
    {
        public Task Handle(OrderPlaced notification, CancellationToken cancellationToken)
        {
            received.TrySetResult(notification);
            return Task.CompletedTask;
        }
    }
}
