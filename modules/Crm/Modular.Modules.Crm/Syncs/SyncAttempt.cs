using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Contracts;
using Modular.Modules.Crm.Data;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Contracts;
using Modular.Sdk.Data;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Syncs;

/// <summary>
/// One attempt at a push: upsert the lead, then attach the report, keeping each CRM id as soon as it is known so a
/// retry carries on where the last attempt stopped instead of writing twice. A failure a retry can fix is retried later
/// (after the CRM's <c>Retry-After</c> when it names one); one it cannot fix parks the push with the CRM's reason.
/// </summary>
internal sealed class SyncAttempt(
    CrmDbContext crm, ConnectorCatalog catalog, ConnectorSecrets secrets, SyncRetries retries, IMediator mediator, ICurrentTenant tenant,
    TimeProvider time, ILoggerFactory loggers)
{
    // Named by string: an ILogger<T> over a type of this module keeps a swapped-out version in memory.
    private readonly ILogger logger = loggers.CreateLogger("Modular.Modules.Crm.Syncs");

    /// <returns>False when another attempt holds the push right now; true when this one ran it, or it needed nothing.</returns>
    public async Task<bool> RunAsync(Guid syncId, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(syncId, cancellationToken))
            return await crm.Set<CrmSync>().AnyAsync(s => s.Id == syncId && (s.Status == SyncStatuses.Queued || s.Status == SyncStatuses.Retrying), cancellationToken) is false;
        var sync = await crm.Set<CrmSync>().SingleAsync(s => s.Id == syncId, cancellationToken);
        sync.Attempts++;
        var connector = await crm.Set<ConnectorConfiguration>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == sync.ConnectorId, cancellationToken);
        if (connector is null || !connector.Enabled)
        {
            await retries.ParkAsync(sync, connector is null ? "The connector was deleted." : "The connector is disabled: enable it, then retry.", cancellationToken);
            return true;
        }
        if (connector.PausedUntil is { } paused && paused > time.GetUtcNow())
        {
            await retries.WaitForCircuitAsync(sync, paused, cancellationToken);
            return true;
        }
        if (catalog.Find(connector.Type) is not { } plugin)
        {
            await retries.FailAsync(sync, connector, new CrmResult(RemoteOutcome.RetryableFailure, Message: $"The '{connector.Type}' connector plugin is not active on this server."), cancellationToken);
            return true;
        }
        var lead = await mediator.Send(new GetLeadContact(tenant.RequiredTenantId, sync.LeadId), cancellationToken);
        if (lead is null)
        {
            await retries.ParkAsync(sync, "The lead no longer exists.", cancellationToken);
            return true;
        }
        var report = await mediator.Send(new GetQualificationReport(tenant.RequiredTenantId, sync.LeadId), cancellationToken);
        var failure = await PushAsync(plugin, connector, sync, lead, report, cancellationToken);
        if (failure is not null)
            await retries.FailAsync(sync, connector, failure, cancellationToken);
        else
            await retries.SucceedAsync(sync, connector, report is not null, cancellationToken);
        return true;
    }

    /// <summary>Takes the push for this attempt, unless it is finished or another attempt holds it.</summary>
    private async Task<bool> ClaimAsync(Guid syncId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseUntil = now + SyncPolicy.AttemptLease;
        var claimed = await crm.Set<CrmSync>()
            .Where(s => s.Id == syncId && (s.Status == SyncStatuses.Queued || s.Status == SyncStatuses.Retrying)
                && (s.AttemptLeaseUntil == null || s.AttemptLeaseUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.AttemptLeaseUntil, leaseUntil), cancellationToken);
        return claimed == 1;
    }

    /// <returns>Null when the lead, and its report when it has one, are in the CRM; otherwise the failure.</returns>
    private async Task<CrmResult?> PushAsync(
        ICrmConnector plugin, ConnectorConfiguration connector, CrmSync sync, LeadContact lead, QualificationReport? report, CancellationToken cancellationToken)
    {
        var connection = secrets.ConnectionFor(connector);
        if (sync.RemoteId is null)
        {
            var mapping = ConnectorSecrets.ReadJson(connector.FieldMapping);
            var upserted = await CallAsync(connector, () => plugin.UpsertLeadAsync(connection, LeadFields.ToCrmLead(lead, report, mapping), cancellationToken));
            if (upserted.Outcome is not (RemoteOutcome.Created or RemoteOutcome.Updated) || upserted.RemoteId is null)
                return upserted;
            sync.RemoteId = upserted.RemoteId;
            await crm.SaveChangesAsync(cancellationToken);
        }
        if (report is null || sync.ReportRemoteId is not null)
            return null;
        var attached = await CallAsync(connector, () => plugin.AttachReportAsync(connection, sync.RemoteId, ReportText.Of(report, lead.Score), cancellationToken));
        if (attached.Outcome is not (RemoteOutcome.Created or RemoteOutcome.Updated or RemoteOutcome.Succeeded))
            return attached;
        // A CRM that keeps no id for notes still had the report: the mark stops a retry attaching it twice.
        sync.ReportRemoteId = attached.RemoteId ?? "attached";
        return null;
    }

    /// <summary>A plugin that throws instead of answering is treated as a failure worth retrying; its message is not shown, as it may hold anything.</summary>
    private async Task<CrmResult> CallAsync(ConnectorConfiguration connector, Func<Task<CrmResult>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("The {Type} connector threw {Exception} instead of answering", connector.Type, e.GetType().Name);
            return new CrmResult(RemoteOutcome.RetryableFailure, Message: $"The '{connector.Type}' connector failed unexpectedly ({e.GetType().Name}).");
        }
    }
}
