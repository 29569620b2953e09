using Autofac;
using Modular.Host.Platform.Outbox;
using Modular.Host.Runtime;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Jobs;

/// <summary>Wires the job runner and the transactional outbox, offered to modules as <see cref="IJobScheduler"/> and <see cref="IOutbox"/>.</summary>
internal static class JobsAndOutboxRegistration
{
    /// <summary>
    /// Call after the database and the module runtime are registered: the runner and the dispatcher are hosted
    /// services, and hosted services start in registration order (after migrations and module loading) and stop in
    /// reverse (before the modules whose handlers they run).
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

        builder.Register(c => OutboxOptions.From(c.Resolve<IConfiguration>())).SingleInstance();
        builder.RegisterType<StagingOutbox>().As<IOutbox>().InstancePerLifetimeScope();
        builder.RegisterType<OutboxWriter>().SingleInstance();
        builder.RegisterType<OutboxTransactionInterceptor>().SingleInstance();
        builder.RegisterDecorator<OutboxEnlistingDatabase, IModuleDatabase>();
        builder.RegisterType<OutboxClaim>().SingleInstance();
        builder.RegisterType<OutboxOutcome>().SingleInstance();
        builder.RegisterType<OutboxDispatcher>().AsSelf().As<IHostedService>().SingleInstance();
    }

    private static Func<IEnumerable<ModuleScope>> ActiveModules(ExtensionRuntime? runtime) =>
        () => runtime?.Active.Select(extension => new ModuleScope(extension.Scope, extension.LoadContext)) ?? [];
}
