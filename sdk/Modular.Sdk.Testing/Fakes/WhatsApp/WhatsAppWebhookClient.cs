using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>
/// Calls a connection's inbound URL the way Meta does: signed webhook POSTs, and the GET verification handshake.
/// </summary>
/// <param name="http">The client to send with (for example one from a WebApplicationFactory).</param>
/// <param name="webhookUrl">The URL Meta would call, as configured in the Meta app.</param>
/// <param name="appSecret">The Meta app's secret the POSTs are signed with.</param>
public sealed class WhatsAppWebhookClient(HttpClient http, Uri webhookUrl, string appSecret)
{
    /// <summary>POSTs <paramref name="body"/> (see <see cref="WhatsAppWebhookPayloads.Body"/>) with a valid <c>X-Hub-Signature-256</c>.</summary>
    /// <param name="body">The webhook JSON, sent as UTF-8 exactly as given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HttpResponseMessage> PostAsync(string body, CancellationToken cancellationToken = default)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return SendAsync(bytes, WhatsAppWebhookSignature.Sign(appSecret, bytes), cancellationToken);
    }

    /// <summary>POSTs <paramref name="body"/> signed with another secret, as a forger would.</summary>
    /// <param name="body">The webhook JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HttpResponseMessage> PostWithWrongSignatureAsync(string body, CancellationToken cancellationToken = default)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return SendAsync(bytes, WhatsAppWebhookSignature.Sign(appSecret + "-not", bytes), cancellationToken);
    }

    /// <summary>POSTs <paramref name="body"/> with no signature header.</summary>
    /// <param name="body">The webhook JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HttpResponseMessage> PostUnsignedAsync(string body, CancellationToken cancellationToken = default) =>
        SendAsync(Encoding.UTF8.GetBytes(body), null, cancellationToken);

    /// <summary>The verification GET Meta sends when the webhook is configured: <c>?hub.mode=…&amp;hub.verify_token=…&amp;hub.challenge=…</c>.</summary>
    /// <param name="verifyToken">The token entered in the Meta app.</param>
    /// <param name="challenge">The value to be echoed back.</param>
    /// <param name="mode">The mode; Meta sends <c>subscribe</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HttpResponseMessage> HandshakeAsync(string verifyToken, string challenge, string mode = "subscribe", CancellationToken cancellationToken = default) =>
        http.GetAsync(HandshakeUrl(webhookUrl, verifyToken, challenge, mode), cancellationToken);

    /// <summary>The handshake URL for <paramref name="webhookUrl"/>, for receivers tested without HTTP.</summary>
    /// <param name="webhookUrl">The configured webhook URL.</param>
    /// <param name="verifyToken">The token entered in the Meta app.</param>
    /// <param name="challenge">The value to be echoed back.</param>
    /// <param name="mode">The mode; Meta sends <c>subscribe</c>.</param>
    public static Uri HandshakeUrl(Uri webhookUrl, string verifyToken, string challenge, string mode = "subscribe") =>
        new(QueryHelpers.AddQueryString(webhookUrl.AbsoluteUri, new Dictionary<string, string?>
        {
            ["hub.mode"] = mode,
            ["hub.challenge"] = challenge,
            ["hub.verify_token"] = verifyToken,
        }));

    private async Task<HttpResponseMessage> SendAsync(byte[] body, string? signature, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhookUrl)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (signature is not null)
            request.Headers.Add(WhatsAppWebhookSignature.HeaderName, signature);
        request.Headers.UserAgent.ParseAdd("facebookexternalua");
        return await http.SendAsync(request, cancellationToken);
    }
}
