using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Leads;

/// <summary>
/// The merge log: which lead was merged into which, and what the survivor looked like before, so an unmerge can
/// give back exactly the fields the merge filled in.
/// </summary>
internal sealed class LeadMerge : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid SurvivorId { get; init; }
    public Guid MergedId { get; init; }
    public DateTimeOffset MergedAt { get; init; }

    /// <summary>Why: <c>email</c>, <c>phone</c> or <c>manual</c>.</summary>
    public required string MatchedOn { get; init; }

    /// <summary>JSON <c>FilledFields</c>: the survivor's fields and attributes the merge filled in (all were empty before).</summary>
    public required string FilledFields { get; init; }

    public DateTimeOffset? UnmergedAt { get; set; }
}
