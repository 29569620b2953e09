using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Leads;

/// <summary>A label the client puts on a lead, one row per tag so lists can filter on it.</summary>
internal sealed class LeadTag : ITenantOwned
{
    public Guid LeadId { get; init; }
    public Guid TenantId { get; init; }
    public required string Tag { get; init; }
}
