using System.Reflection;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Sdk.Modules;

namespace Modular.Plugins.Samples.Echo;

/// <summary>Entry of the sample plugin.</summary>
public sealed class EchoPlugin : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context) =>
        builder.RegisterType<VersionSource>().SingleInstance();

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context) =>
        endpoints.MapGet("/api/v1/samples/echo", (VersionSource source) => TypedResults.Ok(new EchoResponse(source.Version)))
            .WithTags("Samples")
            .WithSummary("Answers the version of the echo plugin serving the request.");
}

internal sealed record EchoResponse(string Version);

internal sealed class VersionSource
{
    public string Version { get; } = typeof(VersionSource).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
