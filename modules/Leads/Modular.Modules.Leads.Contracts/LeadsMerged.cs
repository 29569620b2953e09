using Modular.Sdk.Events;

namespace Modular.Modules.Leads.Contracts;

/// <summary>A duplicate lead was merged into an earlier one, which survives; the duplicate is no longer active.</summary>
/// <param name="SurvivorId">The oldest lead, which now holds both.</param>
/// <param name="MergedId">The lead merged into it.</param>
/// <param name="MergeId">The merge log entry; unmerging refers to it.</param>
public sealed record LeadsMerged(Guid SurvivorId, Guid MergedId, Guid MergeId) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => SurvivorId;
}
