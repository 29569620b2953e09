using Modular.Sdk.Manifest;

namespace Modular.Host.Platform.ApiKeys;

/// <summary>
/// The platform's own scopes. Modules and plugins declare theirs in their manifests (see <c>ScopeCatalog</c>).
/// <c>*</c> allows everything, now and as scopes are added.
/// </summary>
internal static class ApiKeyScopes
{
    public const string All = "*";
    public const string TenantRead = "tenant:read";
    public const string ApiKeysManage = "apikeys:manage";
    public const string UsersManage = "users:manage";

    public static readonly IReadOnlyList<ScopeDeclaration> Platform =
    [
        new() { Name = TenantRead, Description = "Read the tenant's profile.", GrantedToMembers = true },
        new() { Name = ApiKeysManage, Description = "Create, list and revoke API keys." },
        new() { Name = UsersManage, Description = "Invite and list users." },
    ];
}
