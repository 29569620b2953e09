using Modular.Sdk.Data;

namespace Modular.Host.Platform.Audit;

/// <summary>
/// The latest entry of a tenant's chain (<c>audit_heads</c>). Appending locks this row, which serialises a tenant's
/// appends across requests and instances; and it tells verification how long the chain should be, so entries cut
/// off the end are missed too.
/// </summary>
internal sealed class AuditChainHead : ITenantOwned
{
    public Guid TenantId { get; init; }
    public long Sequence { get; set; }
    public required string Hash { get; set; }
}
