using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Webhooks.Data;
using Modular.Sdk.Network;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Endpoints.RegisterEndpoint;

/// <summary>POST /api/v1/webhooks/endpoints: registers a partner URL; its signing secret is in this answer and never shown again.</summary>
internal static class RegisterEndpointApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/webhooks/endpoints", Handle)
            .WithSummary("Registers a partner endpoint. eventTypes filters what it receives (every type when omitted or empty, see GET "
                + "/api/v1/webhooks/event-types). The whsec_ secret that signs its messages is in this answer only.");

    private static async Task<Results<Created<RegisteredEndpoint>, ValidationProblem>> Handle(
        RegisterEndpointRequest request, WebhooksDbContext webhooks, SigningSecrets signing, OutboundRules rules, ICurrentTenant tenant,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        EndpointRules.CheckUrl(request.Url, rules, errors);
        var types = EndpointRules.CheckEventTypes(request.EventTypes, errors);
        EndpointRules.CheckDescription(request.Description, errors);
        EndpointRules.CheckRateLimit(request.RateLimitPerSecond, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var now = time.GetUtcNow();
        var secret = SigningSecrets.NewSecret();
        var endpoint = new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(),
            // An operator's request has no tenant: its endpoint is platform-wide and hears every tenant's events.
            TenantId = tenant.TenantId ?? Guid.Empty,
            Url = request.Url!,
            Description = request.Description,
            EventTypes = types!,
            RateLimitPerSecond = request.RateLimitPerSecond,
            Enabled = true,
            Secret = signing.Protect(secret),
            CreatedAt = now,
            UpdatedAt = now,
        };
        webhooks.Add(endpoint);
        await webhooks.SaveChangesAsync(cancellationToken);
        var view = EndpointView.From(endpoint);
        return TypedResults.Created(EndpointView.PathOf(endpoint.Id), new RegisteredEndpoint(
            view.Id, view.Url, view.EventTypes, view.Description, view.RateLimitPerSecond, view.Enabled, view.DisabledReason, view.CreatedAt, secret));
    }
}

/// <param name="Url">Where messages are POSTed: https (http only where the operator allows it), a public address unless the operator allows private ones.</param>
/// <param name="EventTypes">The event types it receives; every type when omitted or empty.</param>
/// <param name="Description">For people.</param>
/// <param name="RateLimitPerSecond">At most this many attempts per second; no limit when omitted.</param>
internal sealed record RegisterEndpointRequest(string? Url, List<string>? EventTypes = null, string? Description = null, int? RateLimitPerSecond = null);
