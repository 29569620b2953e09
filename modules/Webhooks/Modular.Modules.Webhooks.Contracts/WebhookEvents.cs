using Modular.Sdk.Events;

namespace Modular.Modules.Webhooks.Contracts;

/// <summary>
/// A message is due at partner endpoints. Stored through the outbox with the delivery rows, so the first attempts
/// start as soon as the transaction commits and are never lost if the process dies first. One event per message,
/// not per delivery: a message goes to every subscribed endpoint at once.
/// </summary>
/// <param name="MessageId">The message (its webhook-id).</param>
/// <param name="DeliveryIds">Its deliveries now due, one per endpoint.</param>
public sealed record WebhookDeliveriesQueued(string MessageId, IReadOnlyList<Guid> DeliveryIds) : IntegrationEvent;

/// <summary>A partner endpoint stopped receiving: it answered 410 Gone, or failed without a break for days.</summary>
/// <param name="EndpointId">The endpoint.</param>
/// <param name="Url">Where it pointed.</param>
/// <param name="Reason">Why, in words for the tenant's owner.</param>
public sealed record WebhookEndpointDisabled(Guid EndpointId, string Url, string Reason) : IntegrationEvent;
