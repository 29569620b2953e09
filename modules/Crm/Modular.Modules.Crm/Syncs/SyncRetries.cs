using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Contracts;
using Modular.Modules.Crm.Data;
using Modular.Modules.Leads.Contracts;
using Modular.Sdk.Data;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Syncs;

/// <summary>
/// Ends an attempt: succeeded, parked, or retried later. Each ending is saved with its timeline entry in one
/// transaction, and the connector's run of failures (its circuit) moves with it.
/// </summary>
internal sealed class SyncRetries(CrmDbContext crm, IJobScheduler jobs, IOutbox outbox, SyncPolicy policy, TimeProvider time)
{
    public async Task SucceedAsync(CrmSync sync, ConnectorConfiguration connector, bool reportAttached, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        End(sync, SyncStatuses.Succeeded, null, now);
        var what = reportAttached ? "lead and qualification report" : "lead (no qualification report yet)";
        Timeline(sync, "crm.synced", $"Pushed to {connector.Name}: {what}, record {sync.RemoteId}", now);
        outbox.Add(new LeadSyncedToCrm(sync.Id, sync.LeadId, connector.Type, sync.RemoteId!) { TenantId = sync.TenantId, OccurredAt = now });
        await crm.SaveAtomicallyAsync(cancellationToken);
        if (connector.ConsecutiveFailures > 0 || connector.PausedUntil is not null)
            await crm.Set<ConnectorConfiguration>().Where(c => c.Id == connector.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ConsecutiveFailures, 0).SetProperty(c => c.PausedUntil, (DateTimeOffset?)null), cancellationToken);
    }

    public async Task ParkAsync(CrmSync sync, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        End(sync, SyncStatuses.Parked, reason, now);
        Timeline(sync, "crm.parked", $"CRM push parked: {reason}", now);
        await crm.SaveAtomicallyAsync(cancellationToken);
    }

    /// <summary>Conflicts and permanent failures park the push; retryable ones schedule the next attempt, until too many.</summary>
    public async Task FailAsync(CrmSync sync, ConnectorConfiguration connector, CrmResult failure, CancellationToken cancellationToken)
    {
        var reason = failure.Message ?? failure.Outcome.ToString();
        if (failure.Outcome != RemoteOutcome.RetryableFailure)
        {
            await ParkAsync(sync, failure.Outcome == RemoteOutcome.Conflict ? $"The CRM holds a conflicting record: {reason}" : reason, cancellationToken);
            return;
        }
        // Every failed attempt counts towards the connector's circuit, the last one of a push included.
        var now = time.GetUtcNow();
        var pausedUntil = await CountFailureAsync(connector, now, cancellationToken);
        if (sync.Attempts >= policy.MaxAttempts)
        {
            await ParkAsync(sync, $"Gave up after {sync.Attempts} attempts. Last: {reason}", cancellationToken);
            return;
        }
        var next = now + policy.RetryDelay(sync.Attempts, failure.RetryAfter);
        if (pausedUntil > next)
            next = pausedUntil.Value;
        await RetryAtAsync(sync, next, reason, now, cancellationToken);
        if (sync.Attempts == 1)
            Timeline(sync, "crm.retrying", $"CRM push failed, retrying: {reason}", now);
        await crm.SaveAtomicallyAsync(cancellationToken);
    }

    /// <summary>The connector's circuit is open: wait for it without counting an attempt.</summary>
    public async Task WaitForCircuitAsync(CrmSync sync, DateTimeOffset pausedUntil, CancellationToken cancellationToken)
    {
        sync.Attempts--;
        await RetryAtAsync(sync, pausedUntil, sync.LastError, time.GetUtcNow(), cancellationToken);
        await crm.SaveAtomicallyAsync(cancellationToken);
    }

    private async Task RetryAtAsync(CrmSync sync, DateTimeOffset next, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The job is stored before the push says when it runs: should the process die in between, the job still finds
        // the push unfinished and runs it.
        await jobs.ScheduleAsync(SyncDueJob.Type, new SyncDue(sync.Id), next, cancellationToken);
        sync.Status = SyncStatuses.Retrying;
        sync.NextAttemptAt = next;
        sync.LastError = Shorten(reason);
        sync.AttemptLeaseUntil = null;
        sync.UpdatedAt = now;
    }

    /// <returns>Until when the connector's circuit is now open, or null while it stays closed.</returns>
    private async Task<DateTimeOffset?> CountFailureAsync(ConnectorConfiguration connector, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Counted in the database so attempts on several instances add up rather than overwrite each other.
        var connectors = crm.Set<ConnectorConfiguration>().Where(c => c.Id == connector.Id);
        await connectors.ExecuteUpdateAsync(set => set.SetProperty(c => c.ConsecutiveFailures, c => c.ConsecutiveFailures + 1), cancellationToken);
        if (await connectors.Select(c => c.ConsecutiveFailures).SingleAsync(cancellationToken) < policy.CircuitThreshold)
            return null;
        var pausedUntil = now + policy.CircuitPause;
        await connectors.ExecuteUpdateAsync(set => set.SetProperty(c => c.PausedUntil, pausedUntil), cancellationToken);
        return pausedUntil;
    }

    private static void End(CrmSync sync, string status, string? reason, DateTimeOffset now)
    {
        sync.Status = status;
        sync.LastError = Shorten(reason);
        sync.NextAttemptAt = null;
        sync.AttemptLeaseUntil = null;
        sync.UpdatedAt = now;
    }

    private void Timeline(CrmSync sync, string type, string summary, DateTimeOffset now) =>
        outbox.Add(new LeadActivity(sync.LeadId, "crm", type, Shorten(summary)!) { TenantId = sync.TenantId, OccurredAt = now });

    private static string? Shorten(string? text) => text is { Length: > 1000 } ? text[..997] + "..." : text;
}
