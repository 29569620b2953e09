using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Auth;

/// <summary>The tenant of the authenticated caller of the current request.</summary>
internal sealed class HttpCurrentTenant(IHttpContextAccessor http) : ICurrentTenant
{
    public Guid? TenantId =>
        Guid.TryParse(http.HttpContext?.User.FindFirst(ClaimNames.TenantId)?.Value, out var id) ? id : null;
}
