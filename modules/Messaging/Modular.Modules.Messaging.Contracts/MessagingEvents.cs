using Modular.Sdk.Events;

namespace Modular.Modules.Messaging.Contracts;

/// <summary>A message was accepted by the provider (through the outbox: billing meters segments from it).</summary>
/// <param name="MessageId">Messaging's id of the message.</param>
/// <param name="LeadId">The lead written to, or null for a message to a user.</param>
/// <param name="Channel">The channel key.</param>
/// <param name="Segments">Billable segments the provider counted.</param>
/// <param name="IdempotencyKey">The key the sender gave.</param>
public sealed record MessageSent(Guid MessageId, Guid? LeadId, string Channel, int Segments, string IdempotencyKey) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}

/// <summary>A lead (or anyone) wrote to a tenant's channel. Published once per provider message id, through the outbox.</summary>
/// <param name="MessageId">Messaging's id of the inbound message.</param>
/// <param name="LeadId">The lead last written to from this address on this tenant, or null when none was.</param>
/// <param name="Channel">The channel key.</param>
/// <param name="From">The sender's address.</param>
/// <param name="Text">What they wrote.</param>
/// <param name="OptOut">The provider or a STOP keyword says the sender unsubscribed; the address is already suppressed.</param>
public sealed record MessageReceived(Guid MessageId, Guid? LeadId, string Channel, string From, string Text, bool OptOut) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}

/// <summary>A provider reported on a message sent earlier.</summary>
/// <param name="MessageId">Messaging's id of the message.</param>
/// <param name="LeadId">The lead written to, if any.</param>
/// <param name="Status">queued, sent, delivered, read, failed or undelivered.</param>
/// <param name="ErrorCode">The provider's error code for failures.</param>
public sealed record MessageStatusChanged(Guid MessageId, Guid? LeadId, string Status, string? ErrorCode) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}

/// <summary>An address joined the tenant's suppression list (Privacy records it as an objection).</summary>
/// <param name="AddressHash">SHA-256 of the normalised address, hex; the list keeps nothing else.</param>
/// <param name="LeadId">The lead concerned, if known.</param>
/// <param name="Channel">The channel the opt-out came through, or <c>api</c>.</param>
/// <param name="Reason">Why, without personal data.</param>
public sealed record AddressOptedOut(string AddressHash, Guid? LeadId, string Channel, string Reason) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}

/// <summary>An address left the tenant's suppression list: the person subscribed again (START). Privacy records the objection withdrawn.</summary>
/// <param name="AddressHash">SHA-256 of the normalised address, hex, as in <see cref="AddressOptedOut"/>.</param>
/// <param name="LeadId">The lead concerned, if known.</param>
/// <param name="Channel">The channel the opt-in came through.</param>
public sealed record AddressOptedIn(string AddressHash, Guid? LeadId, string Channel) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}
