namespace Modular.Host.Platform.Outbox;

/// <summary>
/// An integration event stored in the same transaction as the state change that raised it, waiting to be published.
/// Its id is the event's <c>EventId</c>, so storing one event twice fails instead of publishing it twice.
/// </summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The event's type as <c>Namespace.Type, Assembly</c>, without a version so a newer Contracts build still reads it.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }
    public Guid TenantId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>When it may be claimed: at first when stored, then the end of a claim's lease or of a retry's backoff.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }
}
