using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>
/// A tenant's assignment mode and rules, with the round robin's place: the rep who got the last lead by turn.
/// <see cref="Revision"/> guards that place, so two verdicts assigned at once cannot both hand a lead to the same rep.
/// </summary>
internal sealed class AssignmentSettings : ITenantOwned
{
    public Guid TenantId { get; init; }
    public string Mode { get; set; } = AssignmentModes.RoundRobin;

    /// <summary>The ordered rules as JSON, <c>[]</c> in round robin mode.</summary>
    public string Rules { get; set; } = "[]";

    public Guid? LastAssignedUserId { get; set; }

    /// <summary>How many leads went round robin; with the last rep, what the fairness tests look at.</summary>
    public long RoundRobinCount { get; set; }

    /// <summary>
    /// The server's public URL as a client last reached it (scheme, host, path base), for the lead links in alerts,
    /// which are sent from background work that has no request to read it from.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public int Revision { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
