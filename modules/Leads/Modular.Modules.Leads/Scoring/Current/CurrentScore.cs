using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Scoring.Current;

/// <summary>
/// Why a lead scores what it scores now. Kept apart from the history because the reasons can change while the total
/// does not (a policy edit that moves points between rules), and the explanation must match the policy in force.
/// </summary>
internal sealed class CurrentScore : ITenantOwned
{
    public Guid LeadId { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>JSON array of (rule, points) summing to the lead's score.</summary>
    public required string Reasons { get; set; }

    /// <summary>JSON array of the prediction's top factors; empty without a trained model.</summary>
    public required string TopFactors { get; set; }

    public DateTimeOffset ScoredAt { get; set; }

    /// <summary>
    /// Bumped by every rescoring: two rescorings of one lead racing (an event handler and the nightly job) cannot
    /// both record a change from the same previous score.
    /// </summary>
    public int Version { get; set; }
}
