using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Platform.Auth;

namespace Modular.Host.Platform.Users;

/// <summary>
/// Puts a user's tenant and role-derived scopes into the sign-in cookie, so users and API keys are authorised by
/// the same scope policies: owners and admins may do everything, members read.
/// </summary>
internal sealed class UserClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimNames.TenantId, user.TenantId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        foreach (var scope in ScopesOf(user.Role))
            identity.AddClaim(new Claim(ClaimNames.Scope, scope));
        return identity;
    }

    public static IEnumerable<string> ScopesOf(UserRole role) =>
        role is UserRole.Owner or UserRole.Admin ? [ApiKeyScopes.All] : [ApiKeyScopes.TenantRead];
}
