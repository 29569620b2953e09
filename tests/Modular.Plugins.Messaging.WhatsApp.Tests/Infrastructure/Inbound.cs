using System.Text;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Testing.Fakes.WhatsApp;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;

/// <summary>Inbound requests as the host hands them to the channel.</summary>
internal static class Inbound
{
    /// <summary>A channel for tests that only receive: it never sends, so it needs no fake server.</summary>
    public static WhatsAppChannel Channel { get; } = new(GraphApiClient.Create(), TimeProvider.System, new RecordingLogger());

    public static InboundRequest SignedPost(string body, string appSecret = TestAccount.AppSecret) =>
        Post(Encoding.UTF8.GetBytes(body), WhatsAppWebhookSignature.Sign(appSecret, Encoding.UTF8.GetBytes(body)));

    public static InboundRequest Post(byte[] body, string? signature)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (signature is not null)
            headers[WhatsAppWebhookSignature.HeaderName] = signature;
        return new InboundRequest("POST", TestAccount.InboundUrl, headers, body);
    }

    public static InboundRequest Handshake(string verifyToken, string challenge, string mode = "subscribe") =>
        new("GET", WhatsAppWebhookClient.HandshakeUrl(TestAccount.InboundUrl, verifyToken, challenge, mode), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), ReadOnlyMemory<byte>.Empty);

    public static Task<InboundResult> ReceiveAsync(this WhatsAppChannel channel, InboundRequest request) =>
        channel.ReceiveAsync(TestAccount.Connection(), request, CancellationToken.None);
}
