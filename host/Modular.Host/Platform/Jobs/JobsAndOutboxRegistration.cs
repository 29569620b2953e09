using Autofac;
using Modular.Host.Runtime;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Jobs;

/// <summary>Wires the job runner, offered to modules as <see cref="IJobScheduler"/>; the transactional outbox joins it next.</summary>
internal static class JobsAndOutboxRegistration
{
    /// <summary>
    /// Call after the database and the module runtime are registered: the runner is a hosted service, and hosted
    /// services start in registration order (after migrations and module loading) and stop in reverse (before the
    /// modules whose handlers they run).
    /// </summary>
    public static void RegisterJobsAndOutbox(this ContainerBuilder builder)
    {
        builder.RegisterGeneric(typeof(WakeSignal<>)).SingleInstance();

        builder.Register(c => JobOptions.From(c.Resolve<IConfiguration>())).SingleInstance();
        builder.RegisterType<JobScheduler>().As<IJobScheduler>().InstancePerLifetimeScope();
        builder.Register(c => new JobHandlerCatalog(c.Resolve<ILifetimeScope>(), ActiveModules(c.ResolveOptional<ExtensionRuntime>()))).SingleInstance();
        builder.RegisterType<JobClaim>().SingleInstance();
        builder.RegisterType<JobOutcome>().SingleInstance();
        builder.RegisterType<JobRunner>().AsSelf().As<IHostedService>().SingleInstance();
    }

    private static Func<IEnumerable<ModuleScope>> ActiveModules(ExtensionRuntime? runtime) =>
        () => runtime?.Active.Select(extension => new ModuleScope(extension.Scope, extension.LoadContext)) ?? [];
}
