using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Conversations.Flow;
using Modular.Modules.Qualification.Reports;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Conversations.Engine;

/// <summary>
/// Ends a conversation with its verdict: the closing message when the scenario has one for it, then the report as
/// an integration event through the outbox, in the same transaction as the conversation's end.
/// </summary>
internal sealed class ConversationConclusion(ConversationMessenger messenger, ReportBuilder reports, IOutbox outbox, TimeProvider time, Data.QualificationDbContext db)
{
    /// <summary>
    /// Ends the conversation and saves everything the step changed. It saves itself because the outbox stages events
    /// in the async flow of the method that adds them: they must be added here, right before this method's save.
    /// </summary>
    public async Task EndAsync(Conversation conversation, string verdict, ConversationFlow? flow, CancellationToken cancellationToken)
    {
        // No closing for a lead who opted out or cannot be reached: nothing more is sent to them.
        if (flow?.Closing(verdict) is { } closing && verdict is not (Verdicts.OptedOut or Verdicts.Unreachable))
            await messenger.SendAsync(conversation, closing, questionKey: null, cancellationToken);

        var now = time.GetUtcNow();
        conversation.End(verdict, now);
        var report = await reports.BuildAsync(conversation, cancellationToken);
        outbox.Add(new LeadVerdictReached(report) { TenantId = conversation.TenantId, OccurredAt = now });
        outbox.Add(new LeadActivity(conversation.LeadId, "qualification", "conversation.ended", $"Conversation ended: {verdict}")
        {
            TenantId = conversation.TenantId,
            OccurredAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
