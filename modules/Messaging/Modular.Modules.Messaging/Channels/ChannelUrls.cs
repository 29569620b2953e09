using Microsoft.AspNetCore.Http;

namespace Modular.Modules.Messaging.Channels;

/// <summary>
/// Public URLs of the channel hooks, built as the caller reached the host: scheme and host after the trusted proxies'
/// forwarded headers (the host applies them first), then the path base.
/// </summary>
internal static class ChannelUrls
{
    public const string HookPath = "/hooks/channels/";

    public static string BaseOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Inbound(string baseUrl, string inboundKey) => $"{baseUrl.TrimEnd('/')}{HookPath}{inboundKey}";

    public static string Inbound(HttpRequest request, string inboundKey) => Inbound(BaseOf(request), inboundKey);

    /// <summary>The full URL a provider called, query included: what Twilio signs.</summary>
    public static Uri Called(HttpRequest request) => new($"{BaseOf(request)}{request.Path}{request.QueryString}");
}
