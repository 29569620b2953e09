using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Shared;
using Modular.Sdk.Network;

namespace Modular.Modules.Webhooks.Endpoints.UpdateEndpoint;

/// <summary>PATCH /api/v1/webhooks/endpoints/{id}: changes what is given, keeps the rest. Enabling clears the reason it was disabled and its run of failures.</summary>
internal static class UpdateEndpointApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/webhooks/endpoints/{id:guid}", Handle)
            .WithSummary("Updates a partner endpoint: url, eventTypes (whole list), description, rateLimitPerSecond, enabled.");

    private static async Task<Results<Ok<EndpointView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateEndpointRequest request, WebhooksDbContext webhooks, OutboundRules rules, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await webhooks.Set<WebhookEndpoint>().FindAsync([id], cancellationToken) is not { } endpoint)
            return WebhookProblems.NotFound("Endpoint", id);

        var errors = new Dictionary<string, string[]>();
        if (request.Url is not null)
            EndpointRules.CheckUrl(request.Url, rules, errors);
        var types = request.EventTypes is null ? null : EndpointRules.CheckEventTypes(request.EventTypes, errors);
        EndpointRules.CheckDescription(request.Description, errors);
        EndpointRules.CheckRateLimit(request.RateLimitPerSecond, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        endpoint.Url = request.Url ?? endpoint.Url;
        endpoint.EventTypes = types ?? endpoint.EventTypes;
        endpoint.Description = request.Description ?? endpoint.Description;
        endpoint.RateLimitPerSecond = request.RateLimitPerSecond ?? endpoint.RateLimitPerSecond;
        if (request.Enabled is { } enabled && enabled != endpoint.Enabled)
        {
            endpoint.Enabled = enabled;
            endpoint.DisabledReason = enabled ? null : "Disabled by the tenant.";
            endpoint.FailingSince = null;
        }
        endpoint.UpdatedAt = time.GetUtcNow();
        await webhooks.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EndpointView.From(endpoint));
    }
}

internal sealed record UpdateEndpointRequest(
    string? Url = null, List<string>? EventTypes = null, string? Description = null, int? RateLimitPerSecond = null, bool? Enabled = null);
