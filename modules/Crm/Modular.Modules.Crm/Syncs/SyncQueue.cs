using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Contracts;
using Modular.Modules.Crm.Data;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Syncs;

/// <summary>
/// Queues pushes: each sync row is stored with the <see cref="CrmSyncQueued"/> event that runs it, in one
/// transaction, so a push asked for is never lost and never runs without its row.
/// </summary>
internal sealed class SyncQueue(CrmDbContext crm, IOutbox outbox, ICurrentTenant tenant, TimeProvider time)
{
    public const string ByVerdict = "verdict";
    public const string ByHand = "manual";

    /// <summary>Not a push: the lead came from the CRM's own feed, and this ties it to its record there.</summary>
    public const string FromCrm = "crm-feed";

    public Task<List<ConnectorConfiguration>> EnabledConnectorsAsync(CancellationToken cancellationToken) =>
        crm.Set<ConnectorConfiguration>().Where(c => c.Enabled).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Queues one push per connector; for a verdict, a redelivered event finds its pushes already queued.</summary>
    public async Task<IReadOnlyList<CrmSync>> QueueAsync(
        Guid leadId, IEnumerable<ConnectorConfiguration> connectors, string trigger, Guid? triggerEventId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queued = new List<CrmSync>();
        foreach (var connector in connectors)
        {
            if (triggerEventId is not null
                && await crm.Set<CrmSync>().AnyAsync(s => s.ConnectorId == connector.Id && s.TriggerEventId == triggerEventId, cancellationToken))
                continue;
            var sync = new CrmSync
            {
                Id = Guid.CreateVersion7(),
                TenantId = tenant.RequiredTenantId,
                ConnectorId = connector.Id,
                LeadId = leadId,
                Trigger = trigger,
                TriggerEventId = triggerEventId,
                Status = SyncStatuses.Queued,
                CreatedAt = now,
                UpdatedAt = now,
            };
            crm.Add(sync);
            outbox.Add(new CrmSyncQueued(sync.Id, leadId, connector.Id) { TenantId = sync.TenantId, OccurredAt = now });
            queued.Add(sync);
        }
        await crm.SaveAtomicallyAsync(cancellationToken);
        return queued;
    }

    /// <summary>Puts a parked push back in the queue with a fresh count of attempts; the CRM ids it already has are kept.</summary>
    public async Task RequeueAsync(CrmSync sync, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        sync.Status = SyncStatuses.Queued;
        sync.Attempts = 0;
        sync.NextAttemptAt = null;
        sync.UpdatedAt = now;
        outbox.Add(new CrmSyncQueued(sync.Id, sync.LeadId, sync.ConnectorId) { TenantId = sync.TenantId, OccurredAt = now });
        await crm.SaveAtomicallyAsync(cancellationToken);
    }
}
