using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Qualification.Conversations.Engine;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Shared;

namespace Modular.Modules.Qualification.Conversations.Events;

/// <summary>
/// A message the provider could not deliver, in a conversation the lead never answered, means the number does not
/// reach them: the conversation ends Unreachable rather than reminding a dead number.
/// </summary>
internal sealed class UnreachableOnDeliveryFailure(ILifetimeScope scope) : INotificationHandler<MessageStatusChanged>
{
    public async Task Handle(MessageStatusChanged changed, CancellationToken cancellationToken)
    {
        if (changed.Status is not ("failed" or "undelivered"))
            return;
        await using var tenant = scope.BeginTenantScope(changed.TenantId);
        var db = tenant.Resolve<QualificationDbContext>();
        var conversationId = await db.Set<Conversations.ConversationMessage>()
            .Where(m => m.MessagingId == changed.MessageId)
            .Select(m => (Guid?)m.ConversationId)
            .FirstOrDefaultAsync(cancellationToken);
        var conversation = conversationId is null ? null : await db.Set<Conversation>().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is { IsOpen: true, LastInboundAt: null })
            await tenant.Resolve<ConversationConclusion>().EndAsync(conversation, Verdicts.Unreachable, flow: null, cancellationToken);
    }
}
