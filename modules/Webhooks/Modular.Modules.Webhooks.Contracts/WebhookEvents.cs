using Modular.Sdk.Events;

namespace Modular.Modules.Webhooks.Contracts;

/// <summary>
/// A message is due at a partner endpoint. Stored through the outbox with the delivery row, so the first attempt
/// starts as soon as the transaction commits and is never lost if the process dies first.
/// </summary>
/// <param name="DeliveryId">The delivery (one message to one endpoint).</param>
/// <param name="EndpointId">The endpoint it goes to.</param>
public sealed record WebhookDeliveryQueued(Guid DeliveryId, Guid EndpointId) : IntegrationEvent;

/// <summary>A partner endpoint stopped receiving: it answered 410 Gone, or failed without a break for days.</summary>
/// <param name="EndpointId">The endpoint.</param>
/// <param name="Url">Where it pointed.</param>
/// <param name="Reason">Why, in words for the tenant's owner.</param>
public sealed record WebhookEndpointDisabled(Guid EndpointId, string Url, string Reason) : IntegrationEvent;
