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
}
