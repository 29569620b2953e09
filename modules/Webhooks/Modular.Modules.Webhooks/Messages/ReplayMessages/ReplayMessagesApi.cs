using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Catalogue;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Endpoints;
using Modular.Modules.Webhooks.Publishing;
using Modular.Modules.Webhooks.Shared;

namespace Modular.Modules.Webhooks.Messages.ReplayMessages;

/// <summary>
/// POST /api/v1/webhooks/endpoints/{id}/replay: every message since a time (14 days back at most) that the endpoint
/// subscribes to, sent again with their own webhook-ids, for a partner recovering from an outage. Under
/// /api/v1/admin, for an operator's platform-wide endpoint: every tenant's messages.
/// </summary>
internal static class ReplayMessagesApi
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(14);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/webhooks/endpoints/{id:guid}/replay", Handle)
            .WithSummary("Sends again every message since the given time (at most 14 days back) that the endpoint subscribes to, each with its original webhook-id.");

    private static async Task<Results<Accepted<ReplayedMessages>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, ReplayRequest request, WebhooksDbContext webhooks, MessageQueue queue, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (request.Since is not { } since || since < now - MaxAge || since > now)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["since"] = ["A time within the last 14 days is required."] });
        if (await webhooks.Set<WebhookEndpoint>().FindAsync([id], cancellationToken) is not { } endpoint)
            return WebhookProblems.NotFound("Endpoint", id);
        var messages = await queue.MessagesFor(endpoint).AsNoTracking()
            .Where(m => m.CreatedAt >= since && m.EventType != EventCatalogue.Test)
            .OrderBy(m => m.CreatedAt).Select(m => new { m.Id, m.EventType }).ToListAsync(cancellationToken);
        var replayed = messages.Where(m => MessageQueue.Subscribes(endpoint, m.EventType)).ToList();
        foreach (var message in replayed)
            await queue.RequeueAsync(endpoint, message.Id, cancellationToken);
        return TypedResults.Accepted((string?)null, new ReplayedMessages(replayed.Count));
    }
}

/// <param name="Since">Replay the messages created at or after this time.</param>
internal sealed record ReplayRequest(DateTimeOffset? Since);

internal sealed record ReplayedMessages(int Messages);
