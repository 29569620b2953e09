using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Qualification.Conversations.Engine;
using Modular.Modules.Qualification.Shared;

namespace Modular.Modules.Qualification.Conversations.Events;

/// <summary>A message from a lead moves that lead's open conversation on; messages from unknown senders are not ours.</summary>
internal sealed class AnswerOnMessageReceived(ILifetimeScope scope) : INotificationHandler<MessageReceived>
{
    public async Task Handle(MessageReceived received, CancellationToken cancellationToken)
    {
        if (received.LeadId is null)
            return;
        await using var tenant = scope.BeginTenantScope(received.TenantId);
        await tenant.Resolve<ReplyProcessor>().ReceiveAsync(received, cancellationToken);
    }
}
