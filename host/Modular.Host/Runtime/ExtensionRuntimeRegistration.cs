using Autofac;
using MediatR;

namespace Modular.Host.Runtime;

/// <summary>Wires the module runtime into the host.</summary>
internal static class ExtensionRuntimeRegistration
{
    public static void AddModuleRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExtensionOptions>(configuration.GetSection("Modular"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ExtensionEndpointDataSource>();
        services.AddSingleton<ExtensionRuntime>();
        services.AddHostedService<ExtensionHostedService>();
        services.AddHostedService<ExtensionFolderWatcher>();
    }

    public static void RegisterMediator(this ContainerBuilder builder) =>
        builder.Register(context =>
            {
                var root = context.Resolve<ILifetimeScope>();
                var runtime = context.Resolve<ExtensionRuntime>();
                var factory = new ActiveScopesServiceFactory(root, () => runtime.Active);
                return new Mediator(factory.Resolve);
            })
            .As<IMediator>()
            .SingleInstance();

    /// <summary>Routes requests to the active modules' endpoints and lets their Contracts assemblies resolve.</summary>
    public static void UseModuleRuntime(this WebApplication app)
    {
        var runtime = app.Services.GetRequiredService<ExtensionRuntime>();
        _ = new ContractsResolver(() => runtime.Folders);
        ((IEndpointRouteBuilder)app).DataSources.Add(app.Services.GetRequiredService<ExtensionEndpointDataSource>());
    }
}
