using Autofac;
using MediatR;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Syncs;

/// <summary>
/// A verdict, delivered by the outbox, queues a push to every enabled connector that syncs on it. Test leads stay
/// out of the client's CRM. The event's id keeps a redelivery from queuing the pushes twice.
/// </summary>
internal sealed class SyncOnVerdict(ILifetimeScope scope) : INotificationHandler<LeadVerdictReached>
{
    public async Task Handle(LeadVerdictReached reached, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(reached.TenantId);
        var queue = tenant.Resolve<SyncQueue>();
        var connectors = (await queue.EnabledConnectorsAsync(cancellationToken))
            .Where(c => Verdicts.Split(c.SyncOn).Contains(reached.Report.Verdict, StringComparer.Ordinal)).ToList();
        if (connectors.Count == 0)
            return;
        var lead = await tenant.Resolve<IMediator>().Send(new GetLeadContact(reached.TenantId, reached.Report.LeadId), cancellationToken);
        if (lead is null || lead.IsTest)
            return;
        await queue.QueueAsync(lead.LeadId, connectors, SyncQueue.ByVerdict, reached.EventId, cancellationToken);
    }
}
