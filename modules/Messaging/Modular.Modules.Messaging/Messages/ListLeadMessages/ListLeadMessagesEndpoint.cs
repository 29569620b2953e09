using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Sdk.Modules;

namespace Modular.Modules.Messaging.Messages.ListLeadMessages;

/// <summary>GET /api/v1/leads/{leadId}/messages: every message to and from a lead, newest first. A lead of another tenant has none here.</summary>
internal static class ListLeadMessagesEndpoint
{
    private const int Limit = 500;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads/{leadId:guid}/messages", Handle)
            .WithSummary($"Lists the messages sent to and received from a lead, newest first (the latest {Limit}).")
            .RecordsAudit("lead.messages-read", "lead", "leadId");

    private static async Task<Ok<MessageList>> Handle(Guid leadId, MessagingDbContext messaging, CancellationToken cancellationToken)
    {
        var messages = await messaging.Set<Message>().AsNoTracking()
            .Where(m => m.LeadId == leadId)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new MessageList([.. messages.Select(MessageView.From)]));
    }
}

internal sealed record MessageList(IReadOnlyList<MessageView> Items);

/// <param name="Direction"><c>out</c> or <c>in</c>.</param>
internal sealed record MessageView(
    Guid Id, string Direction, string Channel, string Address, string Body, string Status, string? ErrorCode, string? Error, int Segments,
    bool AsTemplate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static MessageView From(Message message) => new(
        message.Id, message.Direction, message.ChannelKey, message.Address, message.Body, message.Status,
        message.ErrorCode, message.Error, message.Segments, message.AsTemplate, message.CreatedAt, message.UpdatedAt);
}
