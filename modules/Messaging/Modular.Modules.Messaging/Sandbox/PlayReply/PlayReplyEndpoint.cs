using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Inbound;
using Modular.Modules.Messaging.Messages;
using Modular.Modules.Messaging.Shared;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Modules.Messaging.Sandbox.PlayReply;

/// <summary>
/// POST /api/v1/sandbox/leads/{leadId}/replies: plays the lead's side of a sandbox conversation. The reply comes from
/// the address the tenant last wrote to that lead at, and is received exactly like one from a provider (STOP included).
/// </summary>
internal static class PlayReplyEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sandbox/leads/{leadId:guid}/replies", Handle)
            .WithSummary("Plays a lead's reply, as if the lead had answered the last message sent to them. Answers 202 with the stored message's id.");

    private static async Task<Results<Accepted<PlayedReply>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid leadId, PlayReplyRequest request, MessagingDbContext messaging, InboundRecorder inbound, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 1600)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["The reply's text is required, at most 1600 characters."] });

        var lastSent = await messaging.Set<Message>().AsNoTracking()
            .Where(m => m.Direction == MessageDirection.Out && m.LeadId == leadId)
            .OrderByDescending(m => m.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (lastSent is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing to reply to",
                detail: $"No message was sent to a lead with id {leadId} in this tenant.");
        }

        var reply = new InboundMessage(SandboxChannel.NewProviderId(), lastSent.Address, request.Text.Trim());
        var stored = await inbound.RecordAsync(channelId: null, SandboxChannel.ChannelKey, reply, leadId, cancellationToken);
        return TypedResults.Accepted($"/api/v1/leads/{leadId}/messages", new PlayedReply(stored!.Id));
    }
}

internal sealed record PlayReplyRequest(string? Text);

internal sealed record PlayedReply(Guid MessageId);
