namespace Modular.Modules.Webhooks.Endpoints;

/// <summary>A partner endpoint as the API shows it; its secret is shown once, at registration (<see cref="RegisteredEndpoint"/>), and on rotation.</summary>
internal sealed record EndpointView(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, int? RateLimitPerSecond, bool Enabled, string? DisabledReason,
    DateTimeOffset? FailingSince, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static string PathOf(Guid id) => $"/api/v1/webhooks/endpoints/{id}";

    public static EndpointView From(WebhookEndpoint endpoint) => new(
        endpoint.Id, endpoint.Url, EndpointRules.SplitTypes(endpoint.EventTypes), endpoint.Description, endpoint.RateLimitPerSecond,
        endpoint.Enabled, endpoint.DisabledReason, endpoint.FailingSince, endpoint.CreatedAt, endpoint.UpdatedAt);
}

/// <summary>The answer to a registration: the view and, this once, the signing secret.</summary>
internal sealed record RegisteredEndpoint(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, int? RateLimitPerSecond, bool Enabled, string? DisabledReason,
    DateTimeOffset CreatedAt, string Secret);
