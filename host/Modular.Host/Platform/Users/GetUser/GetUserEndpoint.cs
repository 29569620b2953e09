using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform.ApiKeys;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Users.GetUser;

/// <summary>GET /api/v1/users/{id}: one user of the caller's tenant; another tenant's user is not found.</summary>
internal static class GetUserEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/users/{id:guid}", Handle).RequireAuthorization(ApiKeyScopes.TenantRead).WithSummary("Gets one user of the tenant.");

    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> Handle(Guid id, UsersDbContext users, ICurrentTenant tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        return await users.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.TenantId == tenantId, cancellationToken) is { } user
            ? TypedResults.Ok(UserView.From(user, time.GetUtcNow()))
            : PlatformProblems.NotFound("User", id);
    }
}
