using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Modular.Host.Runtime;

/// <summary>
/// What a module maps its endpoints on. Its service provider is the module version's own scope, so minimal APIs
/// bind parameters and serialize with that version's services and JSON options, and nothing of the version is
/// cached in the host's singletons.
/// </summary>
internal sealed class ExtensionRouteBuilder(IServiceProvider services) : IEndpointRouteBuilder
{
    public IServiceProvider ServiceProvider { get; } = services;

    public ICollection<EndpointDataSource> DataSources { get; } = [];

    public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(ServiceProvider);
}
