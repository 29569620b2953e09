using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Publishing;
using Modular.Modules.Webhooks.Shared;

namespace Modular.Modules.Webhooks.Endpoints.SendTest;

/// <summary>POST /api/v1/webhooks/endpoints/{id}/test: a <c>webhook.test</c> message to this endpoint only, delivered like any other.</summary>
internal static class SendTestApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/webhooks/endpoints/{id:guid}/test", Handle)
            .WithSummary("Sends a webhook.test message to the endpoint (signed and retried like any other); follow it in its attempts.");

    private static async Task<Results<Accepted<QueuedMessage>, ProblemHttpResult>> Handle(
        Guid id, WebhooksDbContext webhooks, MessageQueue queue, CancellationToken cancellationToken)
    {
        if (await webhooks.Set<WebhookEndpoint>().FindAsync([id], cancellationToken) is not { } endpoint)
            return WebhookProblems.NotFound("Endpoint", id);
        var messageId = await queue.PublishTestAsync(endpoint, cancellationToken);
        return TypedResults.Accepted($"/api/v1/webhooks/messages/{messageId}", new QueuedMessage(messageId));
    }
}

internal sealed record QueuedMessage(string MessageId);
