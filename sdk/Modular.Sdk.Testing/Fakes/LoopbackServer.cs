using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Modular.Sdk.Testing.Fakes;

/// <summary>
/// How every fake runs: a silent Kestrel app on 127.0.0.1, on a port the system picks so tests run side by side.
/// Create the app, map the fake's endpoints on it, start it, and point the plugin at the root URL it answers.
/// </summary>
public static class LoopbackServer
{
    /// <summary>An app ready for the fake's endpoints; start it with <see cref="StartAsync"/>.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        return builder.Build();
    }

    /// <summary>Starts the app and gives its root URL, ending with a slash (<c>http://127.0.0.1:41234/</c>).</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Stops and disposes the app, if it was started.</summary>
    public static async ValueTask StopAsync(WebApplication? app)
    {
        if (app is null)
            return;
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
