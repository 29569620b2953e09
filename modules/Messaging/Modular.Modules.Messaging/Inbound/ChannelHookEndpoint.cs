using Modular.Sdk.Platform;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Channels;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Shared;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Modules.Messaging.Inbound;

/// <summary>
/// GET|POST /hooks/channels/{inboundKey}: where providers deliver inbound messages, delivery reports and verification
/// handshakes. The key names the configuration, and so the tenant and the plugin; the plugin verifies the request
/// (signature over the raw body and the URL it called) before anything is stored. A disabled configuration still
/// listens, so a STOP sent to it is honoured.
/// </summary>
internal static class ChannelHookEndpoint
{
    public const string Route = ChannelUrls.HookPath + "{inboundKey}";

    /// <summary>Far above any provider's callback (WhatsApp batches stay well under it); anything larger is refused with 413 before the plugin runs.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Route, [HttpMethods.Get, HttpMethods.Post], Handle)
            .AllowAnonymous()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithTags("Channel hooks")
            .WithSummary("Receives a channel provider's callbacks (inbound messages, delivery statuses, verification handshakes) for the configuration whose inbound key is in the URL.");

    private static async Task<IResult> Handle(string inboundKey, HttpContext http, MessagingDbContext messaging, ChannelCatalog catalog, ILifetimeScope scope, CancellationToken cancellationToken)
    {
        var configuration = await messaging.Set<TenantChannel>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(c => c.InboundKey == inboundKey, cancellationToken);
        if (configuration is null)
            return MessagingProblems.UnknownHook();
        if (catalog.Find(configuration.ChannelKey) is not { } channel)
            return MessagingProblems.PluginInactive(configuration.ChannelKey);

        var request = new InboundRequest(http.Request.Method, ChannelUrls.Called(http.Request), Headers(http.Request), await ReadBodyAsync(http.Request, cancellationToken));
        await using var tenantScope = scope.BeginTenantScope(configuration.TenantId);
        var connection = tenantScope.Resolve<ChannelConnections>().For(configuration, channel, ChannelUrls.Inbound(http.Request, inboundKey));
        var result = await channel.ReceiveAsync(connection, request, cancellationToken);
        if (!result.Authentic)
            return MessagingProblems.NotAuthentic();

        var inbound = tenantScope.Resolve<InboundRecorder>();
        foreach (var message in result.Messages)
            await inbound.RecordAsync(configuration.Id, channel.Key, message, leadId: null, cancellationToken);
        var deliveries = tenantScope.Resolve<DeliveryRecorder>();
        foreach (var status in result.Statuses)
            await deliveries.ApplyAsync(configuration.Id, status, cancellationToken);

        return TypedResults.Text(result.ResponseBody ?? "", result.ResponseContentType ?? "text/plain; charset=utf-8");
    }

    private static Dictionary<string, string> Headers(HttpRequest request) =>
        request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The body exactly as sent, which signatures cover; the endpoint's size limit bounds it.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
