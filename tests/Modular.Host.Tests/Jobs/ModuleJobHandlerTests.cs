using System.Collections.Concurrent;
using System.Runtime.Loader;
using Autofac;
using Modular.Host.Platform.Jobs;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

public sealed class ModuleJobHandlerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-jobs-").FullName;

    [Fact]
    public async Task A_handler_registered_in_a_module_scope_runs_in_a_scope_of_its_own_for_the_tenant_that_scheduled_the_job()
    {
        var seen = new ConcurrentBag<(Guid? Tenant, TenantReportHandler Instance)>();
        ILifetimeScope? module = null;
        await using var host = await WorkHost.StartAsync(WorkDatabase.Sqlite(Path.Combine(folder, "jobs.db")), new ManualTimeProvider(), builder =>
        {
            builder.RegisterInstance(seen);
            // As the module runtime offers active versions: the module's scope and the load context of its code.
            builder.Register(c => new JobHandlerCatalog(c.Resolve<ILifetimeScope>(), () => module is null ? [] : [new ModuleScope(module, AssemblyLoadContext.Default)]))
                .SingleInstance();
        });
        module = host.Container.BeginLifetimeScope(builder => builder.RegisterType<TenantReportHandler>().As<IJobHandler>().InstancePerLifetimeScope());
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        foreach (var tenant in new[] { first, second })
        {
            await using var request = host.Container.BeginLifetimeScope(builder => builder.RegisterInstance(new JobTenant(tenant)).As<ICurrentTenant>());
            await request.Resolve<IJobScheduler>().ScheduleAsync(TenantReportHandler.Type, new { Month = "2030-01" });
        }
        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(2);

        seen.Select(s => s.Tenant).ShouldBe([first, second], ignoreOrder: true);
        seen.Select(s => s.Instance).Distinct().Count().ShouldBe(2, "each job resolves its handler in a scope of its own");
        (await host.JobsAsync()).Select(j => j.TenantId).ShouldBe([first, second], ignoreOrder: true);
        (await host.JobsAsync()).ShouldAllBe(j => j.Status == JobStatus.Succeeded);
        await module.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

/// <summary>A module's handler: records which tenant it ran for, as its scoped services (a tenant-filtered DbContext) would see it.</summary>
internal sealed class TenantReportHandler(ICurrentTenant tenant, ConcurrentBag<(Guid? Tenant, TenantReportHandler Instance)> seen) : IJobHandler
{
    public const string Type = "billing.monthly-report";

    public string JobType => Type;

    public Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        seen.Add((tenant.TenantId, this));
        return Task.CompletedTask;
    }
}
