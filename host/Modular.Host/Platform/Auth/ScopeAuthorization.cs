using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Platform.Users;

namespace Modular.Host.Platform.Auth;

/// <summary>
/// Any policy named like a scope (<c>area:action</c>) requires that scope, so a module's endpoints can say
/// <c>RequireAuthorization("leads:write")</c> without the host registering anything for it.
/// </summary>
internal sealed class ScopePolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        await base.GetPolicyAsync(policyName)
        ?? (policyName.Contains(':')
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(policyName)).Build()
            : null);
}

/// <summary>
/// API keys carry their scopes as claims. Users carry their role: owners and admins hold every scope, members the
/// ones declared <c>grantedToMembers</c>, read from the catalog at request time so a module added later needs no new sign-in.
/// </summary>
internal sealed class ScopeRequirementHandler(ScopeCatalog catalog) : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (Holds(context.User, requirement.Scope))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }

    private bool Holds(ClaimsPrincipal user, string scope) =>
        user.HasClaim(ClaimNames.Scope, scope)
        || user.HasClaim(ClaimNames.Scope, ApiKeyScopes.All)
        || (user.IsInRole(nameof(UserRole.Member)) && catalog.Known.TryGetValue(scope, out var declared) && declared.GrantedToMembers);
}
