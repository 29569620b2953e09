using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.OpenApi;
using Modular.Host.Runtime;

namespace Modular.Host.Api.Documentation;

/// <summary>
/// Produces the OpenAPI document with Microsoft.AspNetCore.OpenApi's generator, kept in a container of its own that
/// lives only as long as the endpoints it describes. The generator caches by type and by endpoint (schema ids, JSON
/// type metadata, operation contexts, ApiExplorer's descriptions); registered in the host's container those caches
/// would last as long as the process and hold every module version the document ever described, so no swapped-out
/// version could unload, and ApiExplorer would go on describing it. Dropping the whole generator whenever the modules'
/// endpoints change lets those caches die with the version, and the next request describes the endpoints serving now.
/// </summary>
internal sealed class ApiDocumentGenerator
{
    public const string DocumentName = "v1";

    private readonly IServiceProvider host;
    private readonly EndpointServices endpointServices;
    private readonly Lock gate = new();
    private ServiceProvider? generator;

    public ApiDocumentGenerator(IServiceProvider host, ExtensionRuntime runtime, ExtensionEndpointDataSource moduleEndpoints)
    {
        this.host = host;
        endpointServices = new EndpointServices(host, runtime);
        // The host's own endpoints are mapped once at start; only the modules' change while it runs.
        ChangeToken.OnChange(moduleEndpoints.GetChangeToken, Discard);
    }

    public Task<OpenApiDocument> GenerateAsync(CancellationToken cancellationToken) =>
        Current().GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName).GetOpenApiDocumentAsync(cancellationToken);

    private ServiceProvider Current()
    {
        lock (gate)
            return generator ??= Build();
    }

    private void Discard()
    {
        // Not disposed: a request may still be writing a document with it, and nothing in it holds a resource;
        // the collector takes it, and its caches with it, once that request is done.
        lock (gate)
            generator = null;
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        // What the generator reads from the host: the live endpoints, the JSON settings requests are bound with,
        // route constraints, and the server's addresses.
        services.AddSingleton(host.GetRequiredService<EndpointDataSource>());
        services.AddSingleton(host.GetRequiredService<IOptions<JsonOptions>>());
        services.AddSingleton(host.GetRequiredService<ParameterPolicyFactory>());
        services.AddSingleton(host.GetRequiredService<IHostEnvironment>());
        services.AddSingleton(host.GetRequiredService<IServer>());
        services.AddSingleton(host.GetRequiredService<ILoggerFactory>());
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddOpenApi(DocumentName, ApiDocumentContent.Configure);

        // ApiExplorer asks its own container which parameters are services; this one knows none of the handlers'.
        var explorer = services.Single(service => service.ServiceType == typeof(IApiDescriptionProvider));
        services.Remove(explorer);
        services.AddTransient(provider => (IApiDescriptionProvider)ActivatorUtilities.CreateInstance(provider, explorer.ImplementationType!, endpointServices));
        return services.BuildServiceProvider();
    }
}
