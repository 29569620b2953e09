using Microsoft.EntityFrameworkCore;

namespace Modular.Host.Platform.ApiKeys.RevokeApiKey;

/// <summary>DELETE /api/v1/apikeys/{id}: revokes a key at once; it stays listed, marked revoked, for the record.</summary>
internal static class RevokeApiKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/apikeys/{id:guid}", Handle).RequireAuthorization(ApiKeyScopes.ApiKeysManage).WithSummary("Revokes an API key.");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, PlatformDbContext database, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await database.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken) is not { } key)
            return PlatformProblems.NotFound("API key", id);

        key.RevokedAt ??= time.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
