using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>The rep a lead was given to. Stored once per lead: a verdict delivered again finds it and changes nothing.</summary>
internal sealed class LeadAssignment : ITenantOwned
{
    public Guid TenantId { get; init; }
    public Guid LeadId { get; init; }
    public Guid UserId { get; init; }

    /// <summary><c>rule</c> or <c>round_robin</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The position of the rule that matched, from 0, for <c>rule</c>.</summary>
    public int? RuleIndex { get; init; }

    public DateTimeOffset AssignedAt { get; init; }
}
