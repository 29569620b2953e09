using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;

/// <summary>
/// An inbound URL on loopback that hands each request to the channel the way the Messaging module does (raw body,
/// headers, public URL), answers 403 when it is not authentic, and keeps what the channel read.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<InboundResult> Results { get; } = new();

    public static async Task<WebhookReceiver> StartAsync(WhatsAppChannel channel, ChannelConnection connection)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var request = new InboundRequest(context.Request.Method, new Uri(context.Request.GetEncodedUrl()), headers, buffer.ToArray());

            var result = await channel.ReceiveAsync(connection, request, context.RequestAborted);
            receiver.Results.Enqueue(result);
            context.Response.StatusCode = result.Authentic ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden;
            if (result.ResponseBody is not null)
            {
                context.Response.ContentType = result.ResponseContentType;
                await context.Response.WriteAsync(result.ResponseBody, context.RequestAborted);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hooks/messaging/whatsapp/c0ffee");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
