using Modular.Sdk.Events;

namespace Modular.Modules.Leads.Contracts;

/// <summary>A lead's fields changed: a rectification, new data from a later submission, or tags.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="ChangedFields">The names of the fields that changed (never their values).</param>
public sealed record LeadUpdated(Guid LeadId, IReadOnlyList<string> ChangedFields) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}
