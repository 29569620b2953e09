using Modular.Sdk.Events;

namespace Modular.Sdk.Platform;

/// <summary>
/// The transactional outbox: an event added here is written in the same database transaction as the state change
/// that caused it, and dispatched afterwards, at least once, to idempotent consumers. Never "commit then publish".
/// </summary>
public interface IOutbox
{
    /// <summary>Adds the event to the current unit of work; it is stored when the caller's transaction commits and not otherwise.</summary>
    void Add(IntegrationEvent integrationEvent);
}
