using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Tenants.GetTenant;

/// <summary>GET /api/v1/tenant: the caller's own tenant.</summary>
internal static class GetTenantEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/tenant", Handle).RequireAuthorization(ApiKeys.ApiKeyScopes.TenantRead).WithSummary("Gets the tenant the caller belongs to.");

    private static async Task<Results<Ok<TenantView>, ProblemHttpResult>> Handle(ICurrentTenant current, PlatformDbContext database, CancellationToken cancellationToken)
    {
        var id = current.RequiredTenantId;
        return await database.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is { } tenant
            ? TypedResults.Ok(TenantView.From(tenant))
            : PlatformProblems.NotFound("Tenant", id);
    }
}

internal sealed record TenantView(
    Guid Id, string CompanyName, string ContactFirstName, string ContactLastName, string Email, string? Phone,
    string? FieldOfActivity, string TimeZone, string Locale, string DefaultCountry, DateTimeOffset CreatedAt)
{
    public static TenantView From(Tenant t) =>
        new(t.Id, t.CompanyName, t.ContactFirstName, t.ContactLastName, t.Email, t.Phone, t.FieldOfActivity, t.TimeZone, t.Locale, t.DefaultCountry, t.CreatedAt);
}
