using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Leads;

/// <summary>An <c>Idempotency-Key</c> a client sent when creating a lead, and the lead it produced: a retry gets that lead back.</summary>
internal sealed class LeadRequest : ITenantOwned
{
    public Guid TenantId { get; init; }
    public required string Key { get; init; }
    public Guid LeadId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
