using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Data;

namespace Modular.Modules.Webhooks.Endpoints.ListEndpoints;

/// <summary>GET /api/v1/webhooks/endpoints: the tenant's partner endpoints, oldest first.</summary>
internal static class ListEndpointsApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/webhooks/endpoints", Handle).WithSummary("Lists the tenant's partner endpoints (their secrets are never shown).");

    private static async Task<Ok<List<EndpointView>>> Handle(WebhooksDbContext webhooks, CancellationToken cancellationToken)
    {
        var endpoints = await webhooks.Set<WebhookEndpoint>().AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(endpoints.Select(EndpointView.From).ToList());
    }
}
