using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Leads;

/// <summary>A tenant's lead-handling settings; a tenant without a row uses the defaults.</summary>
internal sealed class LeadSettings : ITenantOwned
{
    public const int DefaultDedupWindowDays = 90;

    public Guid TenantId { get; init; }

    /// <summary>A submission matching a lead created at most this many days ago is merged into it.</summary>
    public int DedupWindowDays { get; set; } = DefaultDedupWindowDays;
}
