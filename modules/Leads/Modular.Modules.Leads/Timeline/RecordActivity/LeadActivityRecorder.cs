using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Timeline.RecordActivity;

/// <summary>
/// Puts what other modules did about a lead into its timeline. Events arrive at least once and without a current
/// tenant: the entry is written as the event's tenant, and the event id (unique in the timeline) makes a redelivery a
/// no-op. An event naming a lead its tenant does not have is dropped with a warning, not retried for ever.
/// </summary>
internal sealed class LeadActivityRecorder(ILifetimeScope scope, TimeProvider time, ILogger<LeadActivityRecorder> logger) : INotificationHandler<LeadActivity>
{
    public async Task Handle(LeadActivity activity, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(activity.TenantId);
        var leads = tenantScope.Resolve<LeadsDbContext>();
        if (await AlreadyRecordedAsync(leads, activity.EventId, cancellationToken))
            return;
        if (!await leads.Set<Lead>().AnyAsync(l => l.Id == activity.LeadId, cancellationToken))
        {
            logger.LogWarning("Activity {EventId} ({Module} {Type}) names lead {LeadId}, which tenant {TenantId} does not have; not recorded",
                activity.EventId, activity.Module, activity.Type, activity.LeadId, activity.TenantId);
            return;
        }

        leads.Add(new TimelineEntry
        {
            Id = Guid.CreateVersion7(),
            TenantId = activity.TenantId,
            LeadId = activity.LeadId,
            OccurredAt = activity.OccurredAt == default ? time.GetUtcNow() : activity.OccurredAt,
            // Cut to the columns' sizes: another module's overlong line must not make its event fail on every delivery.
            Module = Cut(activity.Module, 50),
            Type = Cut(activity.Type, 100),
            Summary = Cut(activity.Summary, 500),
            Actor = Actors.System,
            EventId = activity.EventId,
        });
        try
        {
            await leads.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance may have recorded the same delivery between our check and our insert: the unique index kept one.
            if (!await AlreadyRecordedAsync(leads, activity.EventId, cancellationToken))
                throw;
        }
    }

    private static Task<bool> AlreadyRecordedAsync(LeadsDbContext leads, Guid eventId, CancellationToken cancellationToken) =>
        leads.Set<TimelineEntry>().AsNoTracking().AnyAsync(e => e.EventId == eventId, cancellationToken);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
