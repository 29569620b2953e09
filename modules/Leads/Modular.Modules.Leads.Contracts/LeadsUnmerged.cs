using Modular.Sdk.Events;

namespace Modular.Modules.Leads.Contracts;

/// <summary>A merge was undone: both leads are active again with the fields they had before it.</summary>
/// <param name="SurvivorId">The lead that had survived the merge.</param>
/// <param name="RestoredId">The lead restored from it.</param>
/// <param name="MergeId">The merge that was undone.</param>
public sealed record LeadsUnmerged(Guid SurvivorId, Guid RestoredId, Guid MergeId) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => SurvivorId;
}
