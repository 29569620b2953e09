namespace Modular.Sdk.Extensions.Messaging;

/// <summary>
/// A messaging plugin (SMS, WhatsApp, email, sandbox): sends messages with a tenant's channel configuration and turns
/// the provider's inbound webhooks into messages and delivery statuses. One instance serves every tenant; the
/// tenant's configuration comes with each call. The Messaging module stores, deduplicates and routes what it returns.
/// </summary>
public interface IMessageChannel
{
    /// <summary>Stable key of the channel type, for example <c>twilio</c>.</summary>
    string Key { get; }

    /// <summary>What the channel is and which settings a tenant gives it.</summary>
    ChannelDescriptor Descriptor { get; }

    /// <summary>Sends one message. Never throws for a provider's refusal: the result says whether retrying may help.</summary>
    Task<SendResult> SendAsync(ChannelConnection connection, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Verifies and reads one request the provider sent to the connection's inbound URL (a message, a delivery status,
    /// a verification handshake). A request whose signature does not verify answers <see cref="InboundResult.Rejected"/>.
    /// </summary>
    Task<InboundResult> ReceiveAsync(ChannelConnection connection, InboundRequest request, CancellationToken cancellationToken);
}
