using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Shared;

namespace Modular.Modules.Webhooks.Endpoints.GetEndpoint;

/// <summary>GET /api/v1/webhooks/endpoints/{id}.</summary>
internal static class GetEndpointApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/webhooks/endpoints/{id:guid}", Handle).WithSummary("Reads a partner endpoint, with why it was disabled when it was.");

    private static async Task<Results<Ok<EndpointView>, ProblemHttpResult>> Handle(Guid id, WebhooksDbContext webhooks, CancellationToken cancellationToken) =>
        await webhooks.Set<WebhookEndpoint>().FindAsync([id], cancellationToken) is { } endpoint
            ? TypedResults.Ok(EndpointView.From(endpoint))
            : WebhookProblems.NotFound("Endpoint", id);
}
