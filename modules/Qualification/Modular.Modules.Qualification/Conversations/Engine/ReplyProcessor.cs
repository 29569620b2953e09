using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Qualification.Conversations.Flow;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Interpretation;
using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Modules.Qualification.Scheduling;
using Modular.Modules.Qualification.Shared;
using Modular.Modules.Qualification.ContactWindows;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Conversations.Engine;

/// <summary>
/// Handles a lead's reply: an opt-out ends the conversation at once, whatever the hour; any other reply is answered
/// inside the contact window — understood, it is stored and the next question asked (or the verdict reached);
/// not understood, the question is asked again up to the scenario's limit, then left unanswered.
/// </summary>
internal sealed class ReplyProcessor(
    QualificationDbContext db,
    ConversationContext context,
    ConversationMessenger messenger,
    ConversationConclusion conclusion,
    AnswerInterpreters interpreters,
    WindowStore windows,
    IMediator mediator,
    TimeProvider time,
    Lazy<ConversationSteps> steps)
{
    public async Task ReceiveAsync(MessageReceived received, CancellationToken cancellationToken)
    {
        var conversation = await db.Set<Conversation>().FirstOrDefaultAsync(c => c.LeadId == received.LeadId && c.OpenSlot != null, cancellationToken);
        if (conversation is null || await db.Set<ConversationMessage>().AnyAsync(m => m.MessagingId == received.MessageId, cancellationToken))
            return;

        var now = time.GetUtcNow();
        var message = new ConversationMessage
        {
            Id = Guid.CreateVersion7(),
            TenantId = conversation.TenantId,
            ConversationId = conversation.Id,
            Direction = "in",
            Text = received.Text.Length > 2000 ? received.Text[..2000] : received.Text,
            At = now,
            QuestionKey = conversation.CurrentQuestion,
            MessagingId = received.MessageId,
        };
        db.Add(message);
        conversation.LastInboundAt = now;
        var flow = await context.FlowAsync(conversation, cancellationToken);
        if (received.OptOut)
        {
            await conclusion.EndAsync(conversation, Verdicts.OptedOut, flow, cancellationToken);
            return;
        }

        var question = flow.Question(conversation.CurrentQuestion);
        if (question is null)
        {
            // A reply before the first question went out: kept in the transcript, nothing to answer yet.
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        var understood = await InterpretAsync(question, received.Text, conversation, flow, cancellationToken);
        if (understood.OptOut)
        {
            await mediator.Send(new SuppressAddress(conversation.TenantId, received.From, conversation.LeadId, "reply asked to stop"), cancellationToken);
            await conclusion.EndAsync(conversation, Verdicts.OptedOut, flow, cancellationToken);
            return;
        }

        var window = new ContactWindowCalculator(await windows.GetAsync(cancellationToken));
        if (!window.IsOpen(now))
        {
            // The latest reply is the one answered when the window opens: a lead who wrote twice meant the second.
            conversation.PendingReplyId = message.Id;
            await steps.Value.WaitUntilAsync(conversation, window.NextOpening(now), cancellationToken);
            return;
        }
        await AnswerAsync(conversation, question, received.Text, understood, flow, cancellationToken);
    }

    /// <summary>Answers a reply that came while the window was closed, now that it is open.</summary>
    public async Task AnswerPendingAsync(Conversation conversation, Guid replyId, ConversationFlow flow, CancellationToken cancellationToken)
    {
        conversation.PendingReplyId = null;
        var reply = await db.Set<ConversationMessage>().FirstOrDefaultAsync(m => m.Id == replyId, cancellationToken);
        var question = flow.Question(conversation.CurrentQuestion);
        if (reply is null || question is null)
        {
            await steps.Value.WaitForReplyAsync(conversation, flow, cancellationToken);
            return;
        }
        var understood = await InterpretAsync(question, reply.Text, conversation, flow, cancellationToken);
        await AnswerAsync(conversation, question, reply.Text, understood, flow, cancellationToken);
    }

    private async Task AnswerAsync(
        Conversation conversation, ScenarioQuestion question, string reply, Sdk.Extensions.Interpretation.AnswerInterpretation understood, ConversationFlow flow, CancellationToken cancellationToken)
    {
        conversation.RemindersSent = 0;
        if (!understood.Understood && conversation.Reasks < flow.MaxReasks)
        {
            conversation.Reasks++;
            if (await messenger.SendAsync(conversation, flow.Reask(question), question.Key, cancellationToken) is not SendStatus.Sent and var failed)
            {
                await conclusion.EndAsync(conversation, failed == SendStatus.Suppressed ? Verdicts.OptedOut : Verdicts.Unreachable, flow, cancellationToken);
                return;
            }
            await steps.Value.WaitForReplyAsync(conversation, flow, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var answer = await db.Set<ConversationAnswer>().FirstOrDefaultAsync(a => a.ConversationId == conversation.Id && a.QuestionKey == question.Key, cancellationToken);
        if (answer is null)
        {
            answer = new ConversationAnswer { ConversationId = conversation.Id, QuestionKey = question.Key, TenantId = conversation.TenantId, QuestionText = flow.Ask(question) };
            db.Add(answer);
        }
        answer.Reply = reply.Length > 2000 ? reply[..2000] : reply;
        answer.Understood = understood.Understood;
        answer.Value = understood.Understood ? understood.Value : null;
        answer.Min = understood.Min;
        answer.Max = understood.Max;
        answer.Confidence = understood.Confidence;
        answer.At = now;
        conversation.Reasks = 0;

        var given = new GivenAnswer(question.Key, answer.Understood, answer.Value, answer.Min, answer.Max, now);
        var next = flow.Next(question, given);
        if (next is null)
        {
            var answers = (await context.AnswersAsync(conversation.Id, cancellationToken)).Where(a => a.Key != question.Key).Append(given).ToList();
            await conclusion.EndAsync(conversation, flow.Verdict(answers), flow, cancellationToken);
            return;
        }

        if (await messenger.SendAsync(conversation, flow.Ask(next), next.Key, cancellationToken) is not SendStatus.Sent and var refused)
        {
            await conclusion.EndAsync(conversation, refused == SendStatus.Suppressed ? Verdicts.OptedOut : Verdicts.Unreachable, flow, cancellationToken);
            return;
        }
        conversation.CurrentQuestion = next.Key;
        await steps.Value.WaitForReplyAsync(conversation, flow, cancellationToken);
    }

    private async Task<Sdk.Extensions.Interpretation.AnswerInterpretation> InterpretAsync(ScenarioQuestion question, string reply, Conversation conversation, ConversationFlow flow, CancellationToken cancellationToken)
    {
        // Relative dates ("tomorrow", "next month") are the lead's, so they resolve in the tenant's time zone.
        var zone = (await windows.GetAsync(cancellationToken)).TimeZoneId;
        var localNow = ContactWindow.TryFindZone(zone, out var found) ? TimeZoneInfo.ConvertTime(time.GetUtcNow(), found) : time.GetUtcNow();
        var spec = new QuestionSpec(
            question.Type,
            question.Text.TryGetValue(conversation.Locale, out var text) ? text : question.Text.Values.First(),
            conversation.Locale,
            localNow,
            question.Choices?.Select(c => new ChoiceSpec(c.Value, c.Synonyms ?? [])).ToList(),
            question.Unit);
        return await interpreters.InterpretAsync(spec, reply, flow.Interpreter, cancellationToken);
    }
}
