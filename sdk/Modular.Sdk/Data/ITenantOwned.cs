namespace Modular.Sdk.Data;

/// <summary>
/// A row that belongs to one tenant. <see cref="ModuleDbContext"/> filters every query on such an entity to the
/// current tenant, so another tenant's row is simply not found (and answers 404).
/// </summary>
public interface ITenantOwned
{
    /// <summary>The owning tenant.</summary>
    Guid TenantId { get; }
}
