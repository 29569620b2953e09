using Autofac;
using MediatR;
using Modular.Sdk.Platform;

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

    public static void RegisterMediator(this ContainerBuilder builder)
    {
        builder.Register(context =>
            {
                var root = context.Resolve<ILifetimeScope>();
                var runtime = context.Resolve<ExtensionRuntime>();
                return new ActiveScopesServiceFactory(root, () => runtime.Active);
            })
            .SingleInstance();
        builder.Register(context => new Mediator(context.Resolve<ActiveScopesServiceFactory>().Resolve)).As<IMediator>().SingleInstance();
        builder.RegisterType<ExtensionPoints>().As<IExtensionPoints>().SingleInstance();
    }

    /// <summary>Routes requests to the active modules' endpoints and lets their Contracts assemblies resolve.</summary>
    public static void UseModuleRuntime(this WebApplication app)
    {
        var runtime = app.Services.GetRequiredService<ExtensionRuntime>();
        _ = new ContractsResolver(() => runtime.Folders);
        ((IEndpointRouteBuilder)app).DataSources.Add(app.Services.GetRequiredService<ExtensionEndpointDataSource>());
    }
}
