using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Qualification.Conversations.GetConversation;

/// <summary>GET /api/v1/leads/{leadId}/conversation: the lead's latest conversation, its messages oldest first and its answers.</summary>
internal static class GetConversationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads/{leadId:guid}/conversation", Handle)
            .WithSummary("Shows the lead's latest qualification conversation: status, verdict, messages both ways and the answers understood.")
            .RecordsAudit("lead.conversation-read", "lead", "leadId");

    private static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> Handle(Guid leadId, QualificationDbContext db, CancellationToken cancellationToken)
    {
        var conversation = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.LeadId == leadId)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (conversation is null)
            return QualificationProblems.NotFound("Conversation", leadId);

        var messages = await db.Set<ConversationMessage>().AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id)
            .OrderBy(m => m.At)
            .Select(m => new ConversationMessageView(m.Direction, m.Text, m.At, m.QuestionKey))
            .ToListAsync(cancellationToken);
        var answers = await db.Set<ConversationAnswer>().AsNoTracking()
            .Where(a => a.ConversationId == conversation.Id)
            .OrderBy(a => a.At)
            .Select(a => new ConversationAnswerView(a.QuestionKey, a.QuestionText, a.Reply, a.Value, a.Min, a.Max, a.Understood, a.Confidence))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new ConversationView(
            conversation.Id,
            conversation.Status.ToString().ToLowerInvariant(),
            conversation.Verdict,
            conversation.ScenarioName,
            conversation.ScenarioVersion,
            conversation.Locale,
            conversation.CurrentQuestion,
            conversation.NextActionAt,
            messages,
            answers));
    }
}

internal sealed record ConversationView(
    Guid Id,
    string Status,
    string? Verdict,
    string Scenario,
    int ScenarioVersion,
    string Locale,
    string? CurrentQuestion,
    DateTimeOffset? NextActionAt,
    IReadOnlyList<ConversationMessageView> Messages,
    IReadOnlyList<ConversationAnswerView> Answers);

internal sealed record ConversationMessageView(string Direction, string Text, DateTimeOffset At, string? Question);

internal sealed record ConversationAnswerView(string Question, string QuestionText, string? Reply, string? Value, decimal? Min, decimal? Max, bool Understood, double Confidence);
