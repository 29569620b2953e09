using Microsoft.EntityFrameworkCore;

namespace Modular.Host.Platform.ApiKeys.ListApiKeys;

/// <summary>GET /api/v1/apikeys: the tenant's keys, newest first, without secrets.</summary>
internal static class ListApiKeysEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/apikeys", Handle).RequireAuthorization(ApiKeyScopes.ApiKeysManage).WithSummary("Lists the tenant's API keys, revoked ones included.");

    private static async Task<Ok<ApiKeyView[]>> Handle(PlatformDbContext database, CancellationToken cancellationToken)
    {
        var keys = await database.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys.Select(ApiKeyView.From).ToArray());
    }
}
