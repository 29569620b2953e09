using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Shared;

namespace Modular.Modules.Webhooks.Endpoints.RemoveEndpoint;

/// <summary>DELETE /api/v1/webhooks/endpoints/{id}: pending deliveries to it end as failed at their next attempt.</summary>
internal static class RemoveEndpointApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/webhooks/endpoints/{id:guid}", Handle).WithSummary("Removes a partner endpoint; nothing more is sent to it.");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, WebhooksDbContext webhooks, CancellationToken cancellationToken)
    {
        if (await webhooks.Set<WebhookEndpoint>().FindAsync([id], cancellationToken) is not { } endpoint)
            return WebhookProblems.NotFound("Endpoint", id);
        webhooks.Remove(endpoint);
        await webhooks.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
