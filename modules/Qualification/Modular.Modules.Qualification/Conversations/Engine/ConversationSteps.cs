using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Conversations.Flow;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Scheduling;
using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Modules.Qualification.Shared;
using Modular.Modules.Qualification.ContactWindows;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Conversations.Engine;

/// <summary>
/// Moves a conversation on when something is due: the first message once the window opens, a reply received
/// while it was closed, a reminder, or NoResponse after the last one. Every step ends with the conversation saved
/// and, if it still waits for something, a job scheduled at <see cref="Conversation.NextActionAt"/>.
/// </summary>
internal sealed class ConversationSteps(
    QualificationDbContext db,
    ConversationContext context,
    ConversationMessenger messenger,
    ConversationConclusion conclusion,
    ReplyProcessor replies,
    WindowStore windows,
    IJobScheduler jobs,
    IOutbox outbox,
    TimeProvider time)
{
    public const string DueJob = "qualification.conversation-due";

    public async Task RunDueAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!conversation.IsOpen || conversation.NextActionAt is not { } due || due > now)
            return;

        var window = new ContactWindowCalculator(await windows.GetAsync(cancellationToken));
        if (!window.IsOpen(now))
        {
            await WaitUntilAsync(conversation, window.NextOpening(now), cancellationToken);
            return;
        }

        var flow = await context.FlowAsync(conversation, cancellationToken);
        if (conversation.Status == ConversationStatus.Scheduled)
            await OpenAsync(conversation, flow, now, cancellationToken);
        else if (conversation.PendingReplyId is { } pending)
            await replies.AnswerPendingAsync(conversation, pending, flow, cancellationToken);
        else
            await RemindAsync(conversation, flow, cancellationToken);
    }

    public Task ConcludeAsync(Conversation conversation, string verdict, CancellationToken cancellationToken) =>
        conclusion.EndAsync(conversation, verdict, flow: null, cancellationToken);

    /// <summary>Saves the conversation waiting until <paramref name="when"/>, with a job to wake it then.</summary>
    public async Task WaitUntilAsync(Conversation conversation, DateTimeOffset when, CancellationToken cancellationToken)
    {
        // The job is stored first: should the process die before the save, the job finds the conversation still due
        // and redoes the step (its sends are idempotent); stored after, a crash in between would leave it asleep for ever.
        // A job that finds the conversation not due (another step moved it) just returns.
        await jobs.ScheduleAsync(DueJob, new ConversationDue(conversation.Id), when, cancellationToken);
        conversation.NextActionAt = when;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task OpenAsync(Conversation conversation, ConversationFlow flow, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var first = flow.FirstQuestion;
        var sent = await messenger.SendAsync(conversation, flow.Opening(), first.Key, cancellationToken);
        if (sent != SendStatus.Sent)
        {
            await conclusion.EndAsync(conversation, sent == SendStatus.Suppressed ? Verdicts.OptedOut : Verdicts.Unreachable, flow, cancellationToken);
            return;
        }

        conversation.Status = ConversationStatus.Active;
        conversation.CurrentQuestion = first.Key;
        conversation.StartedAt = now;
        outbox.Add(new ConversationStarted(conversation.LeadId, conversation.Id, conversation.ScenarioName, conversation.ScenarioVersion)
        {
            TenantId = conversation.TenantId,
            OccurredAt = now,
        });
        outbox.Add(new LeadActivity(conversation.LeadId, "qualification", "conversation.started", $"Conversation started: {conversation.ScenarioName} v{conversation.ScenarioVersion}")
        {
            TenantId = conversation.TenantId,
            OccurredAt = now,
        });
        await WaitForReplyAsync(conversation, flow, cancellationToken);
    }

    private async Task RemindAsync(Conversation conversation, ConversationFlow flow, CancellationToken cancellationToken)
    {
        var policy = flow.Reminders;
        var question = flow.Question(conversation.CurrentQuestion);
        if (question is null || conversation.RemindersSent >= policy.Count)
        {
            await conclusion.EndAsync(conversation, Verdicts.NoResponse, flow, cancellationToken);
            return;
        }

        var sent = await messenger.SendAsync(conversation, flow.Remind(question), question.Key, cancellationToken);
        if (sent != SendStatus.Sent)
        {
            await conclusion.EndAsync(conversation, sent == SendStatus.Suppressed ? Verdicts.OptedOut : Verdicts.Unreachable, flow, cancellationToken);
            return;
        }
        conversation.RemindersSent++;
        await WaitForReplyAsync(conversation, flow, cancellationToken);
    }

    /// <summary>Saves the conversation waiting for the lead, with the next reminder (or NoResponse) due after the scenario's spacing.</summary>
    public Task WaitForReplyAsync(Conversation conversation, ConversationFlow flow, CancellationToken cancellationToken) =>
        WaitUntilAsync(conversation, time.GetUtcNow().AddMinutes(flow.Reminders.SpacingMinutes), cancellationToken);
}

/// <summary>The payload of <see cref="ConversationSteps.DueJob"/>.</summary>
internal sealed record ConversationDue(Guid ConversationId);
