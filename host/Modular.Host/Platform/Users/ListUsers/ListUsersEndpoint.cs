using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform.ApiKeys;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Users.ListUsers;

/// <summary>GET /api/v1/users: the users of the caller's tenant.</summary>
internal static class ListUsersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/users", Handle).RequireAuthorization(ApiKeyScopes.TenantRead).WithSummary("Lists the tenant's users.");

    private static async Task<Ok<UserView[]>> Handle(UsersDbContext users, ICurrentTenant tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var list = await users.Users.AsNoTracking().Where(u => u.TenantId == tenantId).OrderBy(u => u.CreatedAt).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(list.Select(u => UserView.From(u, now)).ToArray());
    }
}
