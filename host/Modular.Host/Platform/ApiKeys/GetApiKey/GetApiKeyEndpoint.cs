using Microsoft.EntityFrameworkCore;

namespace Modular.Host.Platform.ApiKeys.GetApiKey;

/// <summary>GET /api/v1/apikeys/{id}: one key of the tenant; another tenant's id is simply not found.</summary>
internal static class GetApiKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/apikeys/{id:guid}", Handle).RequireAuthorization(ApiKeyScopes.ApiKeysManage).WithSummary("Gets one API key, without its secret.");

    private static async Task<Results<Ok<ApiKeyView>, ProblemHttpResult>> Handle(Guid id, PlatformDbContext database, CancellationToken cancellationToken) =>
        await database.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken) is { } key
            ? TypedResults.Ok(ApiKeyView.From(key))
            : PlatformProblems.NotFound("API key", id);
}
