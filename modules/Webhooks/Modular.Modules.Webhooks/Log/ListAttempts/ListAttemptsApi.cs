using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Delivering;
using Modular.Modules.Webhooks.Endpoints;
using Modular.Modules.Webhooks.Shared;

namespace Modular.Modules.Webhooks.Log.ListAttempts;

/// <summary>GET /api/v1/webhooks/endpoints/{id}/attempts: the endpoint's delivery log, newest first, for its owner only.</summary>
internal static class ListAttemptsApi
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/webhooks/endpoints/{id:guid}/attempts", Handle)
            .WithSummary("Lists the endpoint's attempts, newest first: status code, latency and the first kilobyte of each answer. messageId narrows it to one message.");

    private static async Task<Results<Ok<List<AttemptView>>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, WebhooksDbContext webhooks, string? messageId, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"From 1 to {MaxLimit}."] });
        if (await webhooks.Set<WebhookEndpoint>().FindAsync([id], cancellationToken) is null)
            return WebhookProblems.NotFound("Endpoint", id);
        var attempts = webhooks.Set<DeliveryAttemptRecord>().AsNoTracking().Where(a => a.EndpointId == id);
        if (messageId is not null)
            attempts = attempts.Where(a => a.MessageId == messageId);
        var page = await attempts.OrderByDescending(a => a.AttemptedAt).ThenByDescending(a => a.Id).Take(limit ?? DefaultLimit).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Select(a => new AttemptView(a.Id, a.MessageId, a.EventType, a.Attempt, a.AttemptedAt, a.StatusCode, a.LatencyMs, a.ResponseBody, a.Error)).ToList());
    }
}

internal sealed record AttemptView(
    Guid Id, string MessageId, string EventType, int Attempt, DateTimeOffset AttemptedAt, int? StatusCode, int LatencyMs, string? ResponseBody, string? Error);
