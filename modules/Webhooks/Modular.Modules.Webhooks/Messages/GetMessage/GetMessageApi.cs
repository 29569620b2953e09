using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Delivering;
using Modular.Modules.Webhooks.Shared;

namespace Modular.Modules.Webhooks.Messages.GetMessage;

/// <summary>GET /api/v1/webhooks/messages/{id}: a message as sent, and where each of its deliveries stands.</summary>
internal static class GetMessageApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/webhooks/messages/{id}", Handle).WithSummary("Reads a message (its id is the webhook-id partners saw) and its deliveries.");

    private static async Task<Results<Ok<MessageView>, ProblemHttpResult>> Handle(string id, WebhooksDbContext webhooks, CancellationToken cancellationToken)
    {
        if (await webhooks.Set<WebhookMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } message)
            return WebhookProblems.NotFound("Message", id);
        // Only to the tenant's own endpoints: an operator's platform-wide endpoint is not the tenant's business.
        var own = webhooks.Set<Endpoints.WebhookEndpoint>().Select(e => e.Id);
        var deliveries = await webhooks.Set<Delivery>().AsNoTracking().Where(d => d.MessageId == id && own.Contains(d.EndpointId))
            .OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new MessageView(message.Id, message.EventType, message.CreatedAt, JsonNode.Parse(message.Payload)!.AsObject(),
            [.. deliveries.Select(d => new MessageDeliveryView(d.EndpointId, d.Status, d.Attempts, d.NextAttemptAt, d.LastStatusCode))]));
    }
}

internal sealed record MessageView(string Id, string EventType, DateTimeOffset Timestamp, JsonObject Payload, IReadOnlyList<MessageDeliveryView> Deliveries);

internal sealed record MessageDeliveryView(Guid EndpointId, string Status, int Attempts, DateTimeOffset? NextAttemptAt, int? LastStatusCode);
