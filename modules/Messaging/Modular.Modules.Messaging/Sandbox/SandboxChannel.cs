using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Modules.Messaging.Sandbox;

/// <summary>
/// A channel with no provider behind it, so a newcomer runs whole conversations on a fresh install: every send is
/// accepted at once, and the lead's side is played through <c>POST /api/v1/sandbox/leads/{id}/replies</c>. A tenant with
/// no enabled phone channel converses through it without configuring anything. A configuration of it may also
/// take replies at its inbound URL as JSON <c>{"id", "from", "text"}</c>, for scripts that play a provider.
/// </summary>
internal sealed class SandboxChannel : IMessageChannel
{
    public const string ChannelKey = "sandbox";

    /// <summary>Nothing calls the sandbox back; plugins are never given a relative or empty URL.</summary>
    public static readonly Uri NoInboundUrl = new("http://localhost/hooks/channels/sandbox");

    public string Key => ChannelKey;

    public ChannelDescriptor Descriptor { get; } = new("Sandbox (no provider: replies are played through the API)", "phone", new Uri("http://localhost/"), []);

    public Task<SendResult> SendAsync(ChannelConnection connection, OutboundMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(new SendResult(RemoteOutcome.Created, NewProviderId(), SmsSegments.Count(message.Body)));

    public Task<InboundResult> ReceiveAsync(ChannelConnection connection, InboundRequest request, CancellationToken cancellationToken)
    {
        if (request.Method != "POST" || request.Body.IsEmpty)
            return Task.FromResult(InboundResult.Answer());
        try
        {
            // Read as a document, not into a type of this module: System.Text.Json's shared caches would keep it loaded after a swap.
            using var reply = JsonDocument.Parse(request.Body);
            var from = Text(reply.RootElement, "from");
            var text = Text(reply.RootElement, "text");
            if (from is not { Length: > 0 } || text is null)
                return Task.FromResult(InboundResult.Answer());
            var message = new InboundMessage(Text(reply.RootElement, "id") is { Length: > 0 } id ? id : NewProviderId(), from, text);
            return Task.FromResult(new InboundResult(true, [message], []));
        }
        catch (JsonException)
        {
            return Task.FromResult(InboundResult.Answer());
        }
    }

    public static string NewProviderId() => "sbx_" + Guid.NewGuid().ToString("N");

    private static string? Text(JsonElement reply, string name) =>
        reply.ValueKind == JsonValueKind.Object && reply.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
