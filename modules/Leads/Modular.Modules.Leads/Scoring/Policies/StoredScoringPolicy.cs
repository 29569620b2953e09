using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Scoring.Policies;

/// <summary>
/// A tenant's scoring policy as one JSON document: rules, caps, decay and thresholds are edited and validated as a
/// whole, and a score is only explainable against the whole policy it was computed with.
/// </summary>
internal sealed class StoredScoringPolicy : ITenantOwned
{
    public Guid TenantId { get; init; }

    /// <summary>The policy as <see cref="ScoringJsonContext"/> writes it; valid by <c>PolicyCheck</c> when saved.</summary>
    public required string Policy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
