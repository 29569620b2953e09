using MediatR;
using Modular.Modules.Messaging.Contracts;

namespace Modular.Modules.Qualification.Conversations.Engine;

/// <summary>
/// Sends a conversation's messages through the Messaging module and records them in the transcript. Each message's
/// idempotency key is the conversation and its position, so a step retried after a crash sends nothing twice.
/// </summary>
internal sealed class ConversationMessenger(IMediator mediator, Data.QualificationDbContext db, TimeProvider time)
{
    /// <returns>How the send ended; only <see cref="SendStatus.Sent"/> moved the conversation on.</returns>
    public async Task<SendStatus> SendAsync(Conversation conversation, string text, string? questionKey, CancellationToken cancellationToken)
    {
        if (conversation.Address is null)
            return SendStatus.NoChannel;

        var key = $"conversation/{conversation.Id}/{conversation.OutboundCount}";
        var result = await mediator.Send(new SendMessage(conversation.TenantId, conversation.LeadId, conversation.Address, text, key), cancellationToken);
        switch (result.Status)
        {
            case SendStatus.Sent:
                conversation.OutboundCount++;
                db.Add(new ConversationMessage
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = conversation.TenantId,
                    ConversationId = conversation.Id,
                    Direction = "out",
                    Text = text,
                    At = time.GetUtcNow(),
                    QuestionKey = questionKey,
                    MessagingId = result.MessageId == Guid.Empty ? null : result.MessageId,
                });
                break;
            case SendStatus.RetryLater:
                // Nothing is saved: the job or event is retried with backoff and asks again with the same key.
                throw new SendDeferredException(result.Reason, result.RetryAfter);
        }
        return result.Status;
    }
}

/// <summary>The channel asked to try later; the step is retried as a whole.</summary>
internal sealed class SendDeferredException(string? reason, TimeSpan? retryAfter)
    : Exception($"The channel asked to retry later{(retryAfter is { } wait ? $" (after {wait})" : "")}: {reason}");
