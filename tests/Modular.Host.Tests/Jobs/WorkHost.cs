using Autofac;
using Autofac.Extensions.DependencyInjection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Data;
using Modular.Host.Platform;
using Modular.Host.Platform.Jobs;
using Modular.Host.Platform.Outbox;
using Modular.Host.Runtime;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

/// <summary>
/// One host instance as far as jobs and the outbox go: a container wired as the host wires them (database, platform
/// context, the mediator over active scopes, <c>RegisterJobsAndOutbox</c>), without the web server or modules.
/// Tests drive its runner and dispatcher one pass at a time. Several may share one database, like instances do.
/// </summary>
internal sealed class WorkHost : IAsyncDisposable
{
    private WorkHost(IContainer container) => Container = container;

    public IContainer Container { get; }

    public JobRunner Runner => Container.Resolve<JobRunner>();

    public OutboxDispatcher Dispatcher => Container.Resolve<OutboxDispatcher>();

    public static async Task<WorkHost> StartAsync(
        IDictionary<string, string?> database, TimeProvider time, Action<ContainerBuilder>? register = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var builder = new ContainerBuilder();
        builder.Populate(new ServiceCollection().AddLogging());
        builder.RegisterInstance(configuration).As<IConfiguration>();
        builder.RegisterInstance(time).As<TimeProvider>();
        builder.RegisterDatabase(configuration);
        builder.Register(c => new Mediator(new ActiveScopesServiceFactory(c.Resolve<ILifetimeScope>(), () => []).Resolve)).As<IMediator>().SingleInstance();
        builder.RegisterJobsAndOutbox();
        register?.Invoke(builder);

        var container = builder.Build();
        // Only the platform's tables: jobs and the outbox need nothing else, whatever other contexts the host migrates.
        await using (var scope = container.BeginLifetimeScope())
            await scope.Resolve<PlatformDbContext>().Database.MigrateAsync();
        return new WorkHost(container);
    }

    public async Task<Guid> ScheduleAsync(string jobType, object payload, DateTimeOffset? runAt = null)
    {
        await using var scope = Container.BeginLifetimeScope();
        return await scope.Resolve<IJobScheduler>().ScheduleAsync(jobType, payload, runAt);
    }

    public async Task<Job> JobAsync(Guid id)
    {
        await using var scope = Container.BeginLifetimeScope();
        return await scope.Resolve<PlatformDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    public async Task<List<Job>> JobsAsync()
    {
        await using var scope = Container.BeginLifetimeScope();
        return await scope.Resolve<PlatformDbContext>().Jobs.AsNoTracking().ToListAsync();
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var scope = Container.BeginLifetimeScope();
        return await scope.Resolve<PlatformDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
    }

    /// <summary>Writes rows as another instance left them, for tests that start from a given state.</summary>
    public async Task InsertAsync(params object[] rows)
    {
        await using var scope = Container.BeginLifetimeScope();
        var platform = scope.Resolve<PlatformDbContext>();
        platform.AddRange(rows);
        await platform.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Container.DisposeAsync();
}
