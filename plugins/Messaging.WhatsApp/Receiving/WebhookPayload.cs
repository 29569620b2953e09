using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Receiving;

/// <summary>What one webhook POST carried, across all its entries and changes.</summary>
internal sealed record WebhookPayload(IReadOnlyList<InboundMessage> Messages, IReadOnlyList<DeliveryStatus> Statuses)
{
    public static WebhookPayload Empty { get; } = new([], []);
}
