using Autofac;
using Microsoft.AspNetCore.Routing;

namespace Modular.Sdk.Modules;

/// <summary>
/// The single entry class of a module or plugin. The host creates it once per loaded version, lets it register
/// services in the version's own Autofac scope, map its endpoints, and run its hooks.
/// </summary>
public interface IModule
{
    /// <summary>Registers the extension's services in its own lifetime scope; platform services are already visible there.</summary>
    void RegisterServices(ContainerBuilder builder, IModuleContext context);

    /// <summary>Maps HTTP endpoints; they go live when this version becomes active and leave when it is swapped out.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context)
    {
    }

    /// <summary>
    /// Prepares what the version needs before it starts (for example applying its database migrations).
    /// Runs each time a version is loaded, so it must be idempotent.
    /// </summary>
    Task InstallAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs after installation, before the version receives traffic. An exception marks the extension Malfunctioned.</summary>
    Task StartAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs when the version is swapped out or the host stops, after requests in flight have finished.</summary>
    Task StopAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
