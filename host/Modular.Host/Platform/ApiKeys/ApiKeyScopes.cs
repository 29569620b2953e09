namespace Modular.Host.Platform.ApiKeys;

/// <summary>What an API key may be allowed to do. <c>*</c> allows everything, now and as scopes are added.</summary>
internal static class ApiKeyScopes
{
    public const string All = "*";
    public const string TenantRead = "tenant:read";
    public const string ApiKeysManage = "apikeys:manage";
    public const string UsersManage = "users:manage";

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { All, TenantRead, ApiKeysManage, UsersManage };

    /// <summary>An authorization policy per scope, satisfied by the scope itself or by <c>*</c>.</summary>
    public static void AddScopePolicies(this Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        foreach (var scope in Known.Where(s => s != All))
            options.AddPolicy(scope, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.User.HasClaim(Auth.ClaimNames.Scope, scope) || context.User.HasClaim(Auth.ClaimNames.Scope, All)));
    }
}
