using System.Text.Json.Serialization;
using MediatR;

namespace Modular.Sdk.Events;

/// <summary>
/// Base of every event one module publishes for others. Defined in a module's Contracts assembly and published
/// through MediatR; events others must not miss go through <see cref="Platform.IOutbox"/> instead of being published directly.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    /// <summary>Unique id; consumers use it to stay idempotent when an event is delivered more than once.</summary>
    public Guid EventId { get; init; } = Guid.NewGuid();

    /// <summary>When the fact happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The tenant the fact belongs to; <see cref="Guid.Empty"/> for platform-wide events.</summary>
    public Guid TenantId { get; init; }

    /// <summary>
    /// What the event is about, when its consumers need the events about one thing in the order they happened (a
    /// lead's id, say). The outbox publishes events with the same key one after the other, oldest first, and events
    /// with different keys side by side. Null, the default, orders the event with its tenant's other unkeyed events.
    /// Not part of the event's payload: it is derived from the event's own fields.
    /// </summary>
    [JsonIgnore]
    public virtual Guid? OrderingKey => null;
}
