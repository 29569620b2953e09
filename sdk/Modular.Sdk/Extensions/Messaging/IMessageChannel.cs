namespace Modular.Sdk.Extensions.Messaging;

/// <summary>A messaging plugin (SMS, WhatsApp, sandbox): sends messages and turns the provider's inbound webhooks into messages.</summary>
public interface IMessageChannel
{
    /// <summary>Stable key of the channel type, for example <c>twilio</c>.</summary>
    string Key { get; }

    /// <summary>Sends one message with the tenant's channel configuration.</summary>
    Task<SendResult> SendAsync(ChannelConnection connection, OutboundMessage message, CancellationToken cancellationToken);
}
