namespace Modular.Sdk.Platform;

/// <summary>The tenant (client account) the current request or job acts for.</summary>
public interface ICurrentTenant
{
    /// <summary>The tenant id, or <c>null</c> outside a tenant (operator endpoints, public hooks before they are resolved).</summary>
    Guid? TenantId { get; }

    /// <summary>The tenant id, or an exception when there is none; use where acting without a tenant is a bug.</summary>
    Guid RequiredTenantId => TenantId ?? throw new InvalidOperationException("No tenant in the current context.");
}
