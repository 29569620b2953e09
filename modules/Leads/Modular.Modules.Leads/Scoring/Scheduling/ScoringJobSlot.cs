using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Scoring.Scheduling;

/// <summary>
/// The one pending run of a scoring job for a tenant. Events that each want a run (many outcomes recorded in a
/// minute) find the slot taken and add nothing; a job whose token no longer matches the slot is a stale duplicate.
/// </summary>
internal sealed class ScoringJobSlot : ITenantOwned
{
    public Guid TenantId { get; init; }
    public required string Job { get; init; }

    /// <summary>Names the scheduled job that owns the slot; replaced when the slot is taken over.</summary>
    public Guid Token { get; set; }

    public DateTimeOffset DueAt { get; set; }
}
