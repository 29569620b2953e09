using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Endpoints;
using Modular.Modules.Webhooks.Publishing;
using Modular.Modules.Webhooks.Shared;

namespace Modular.Modules.Webhooks.Messages.ResendMessage;

/// <summary>POST /api/v1/webhooks/endpoints/{id}/messages/{messageId}/resend: a new run of attempts, same webhook-id.</summary>
internal static class ResendMessageApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/webhooks/endpoints/{id:guid}/messages/{messageId}/resend", Handle)
            .WithSummary("Sends a message to the endpoint again, with the same webhook-id, whatever became of its earlier attempts.");

    private static async Task<Results<Accepted, ProblemHttpResult>> Handle(
        Guid id, string messageId, WebhooksDbContext webhooks, MessageQueue queue, CancellationToken cancellationToken)
    {
        if (await webhooks.Set<WebhookEndpoint>().FindAsync([id], cancellationToken) is not { } endpoint)
            return WebhookProblems.NotFound("Endpoint", id);
        if (!await queue.MessagesFor(endpoint).AnyAsync(m => m.Id == messageId, cancellationToken))
            return WebhookProblems.NotFound("Message", messageId);
        await queue.RequeueAsync(endpoint, messageId, cancellationToken);
        return TypedResults.Accepted($"/api/v1/webhooks/messages/{messageId}");
    }
}
