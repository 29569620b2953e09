using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Sdk.Modules;

namespace Modular.Host.Runtime;

/// <summary>
/// One loaded version of a module or plugin: its load context, its Autofac scope and its endpoints.
/// It counts the requests it is serving so a swap can wait for them before tearing it down.
/// </summary>
internal sealed class LoadedExtension(
    ModuleContext context,
    ExtensionLoadContext loadContext,
    ILifetimeScope scope,
    IModule module,
    string entryHash,
    DateTimeOffset loadedAt)
{
    private int inFlight;
    private volatile bool retiring;

    public ModuleContext Context { get; } = context;
    public ExtensionLoadContext LoadContext { get; } = loadContext;
    public ILifetimeScope Scope { get; } = scope;
    public IModule Module { get; } = module;
    public string EntryHash { get; } = entryHash;
    public DateTimeOffset LoadedAt { get; } = loadedAt;
    public IReadOnlyList<Endpoint> Endpoints { get; private set; } = [];

    public int RequestsInFlight => Volatile.Read(ref inFlight);

    /// <summary>Wraps the module's endpoints so each request runs inside this version's scope and is counted.</summary>
    /// <param name="successor">Finds the endpoint that replaced one of ours, for the rare request routed here after we retired.</param>
    public void AdoptEndpoints(IEnumerable<Endpoint> mapped, Func<RouteEndpoint, RequestDelegate?> successor)
    {
        Endpoints = mapped
            .OfType<RouteEndpoint>()
            .Select(endpoint => (Endpoint)new RouteEndpoint(
                Serve(endpoint, successor),
                endpoint.RoutePattern,
                endpoint.Order,
                new EndpointMetadataCollection([.. endpoint.Metadata, new ExtensionEndpointMetadata(Context.Manifest.Id)]),
                endpoint.DisplayName))
            .ToList();
    }

    private RequestDelegate Serve(RouteEndpoint endpoint, Func<RouteEndpoint, RequestDelegate?> successor)
    {
        var handler = endpoint.RequestDelegate!;
        return async httpContext =>
        {
            if (!TryEnter())
            {
                var replacement = successor(endpoint);
                if (replacement is null)
                    await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The module serving this endpoint is being replaced.").ExecuteAsync(httpContext);
                else
                    await replacement(httpContext);
                return;
            }

            try
            {
                await using var requestScope = Scope.BeginLifetimeScope();
                var hostServices = httpContext.RequestServices;
                httpContext.RequestServices = new AutofacServiceProvider(requestScope);
                try
                {
                    await handler(httpContext);
                }
                finally
                {
                    httpContext.RequestServices = hostServices;
                }
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        };
    }

    private bool TryEnter()
    {
        Interlocked.Increment(ref inFlight);
        if (!retiring)
            return true;

        Interlocked.Decrement(ref inFlight);
        return false;
    }

    /// <summary>Stops taking requests, waits for those in flight, runs the stop hook, disposes the scope and unloads the code.</summary>
    public async Task RetireAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        await Task.Delay(grace, CancellationToken.None);
        retiring = true;
        while (RequestsInFlight > 0)
            await Task.Delay(20, CancellationToken.None);

        try
        {
            await Module.StopAsync(Context, new AutofacServiceProvider(Scope), cancellationToken);
        }
        finally
        {
            await Scope.DisposeAsync();
            FrameworkCacheEviction.Evict(LoadContext);
            LoadContext.Unload();
        }
    }
}

/// <summary>Marks an endpoint with the module or plugin serving it.</summary>
internal sealed record ExtensionEndpointMetadata(string ExtensionId);
