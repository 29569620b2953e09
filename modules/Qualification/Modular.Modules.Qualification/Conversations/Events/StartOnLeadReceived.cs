using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Conversations.Engine;
using Modular.Modules.Qualification.Shared;

namespace Modular.Modules.Qualification.Conversations.Events;

/// <summary>Every real lead received gets a conversation; test leads (Google Ads' test submissions) are never contacted.</summary>
internal sealed class StartOnLeadReceived(ILifetimeScope scope) : INotificationHandler<LeadReceived>
{
    public async Task Handle(LeadReceived received, CancellationToken cancellationToken)
    {
        if (received.IsTest)
            return;
        await using var tenant = scope.BeginTenantScope(received.TenantId);
        await tenant.Resolve<ConversationStarter>().StartAsync(received.TenantId, received.LeadId, cancellationToken);
    }
}
