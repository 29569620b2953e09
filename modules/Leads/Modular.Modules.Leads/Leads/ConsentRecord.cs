using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Leads;

/// <summary>
/// Proof that a lead agreed to be contacted: where, when, from which address, the exact text shown and the purposes
/// agreed to. One per submission that carried consent; kept with the lead so the Privacy module can show it.
/// </summary>
internal sealed class ConsentRecord : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid LeadId { get; set; }
    public Guid? SourceId { get; init; }
    public DateTimeOffset GivenAt { get; init; }
    public string? IpAddress { get; init; }
    public required string Text { get; init; }

    /// <summary>Comma-separated purposes, for example <c>contact,marketing</c>.</summary>
    public required string Purposes { get; init; }
}
