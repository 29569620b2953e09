using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Modules.Qualification.Alerts.Preferences;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Scheduling;
using Modular.Modules.Qualification.ContactWindows;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>
/// What a verdict sets off: the lead is given to a rep (every verdict, so each lead has someone responsible for it),
/// and that rep is alerted on each channel they chose, if the verdict is one they want to hear about — at once, or
/// when their quiet hours end.
/// </summary>
internal sealed class AlertDispatcher(
    IMediator mediator, LeadAssigner assigner, ITenantUsers users, AlertPreferenceStore preferences, WindowStore windows,
    AlertSender sender, ICurrentTenant tenant, TimeProvider time)
{
    public async Task OnVerdictAsync(Guid eventId, QualificationReport report, CancellationToken cancellationToken)
    {
        var lead = await mediator.Send(new GetLeadContact(tenant.RequiredTenantId, report.LeadId), cancellationToken);
        if (lead is null)
            return;

        var assignment = await assigner.AssignAsync(report.LeadId, lead.SourceId, lead.Country, cancellationToken);
        if (assignment is null || !AlertPreferences.AlertableVerdicts.Contains(report.Verdict))
            return;

        var rep = (await users.ListAsync(tenant.RequiredTenantId, cancellationToken)).FirstOrDefault(u => u.Id == assignment.UserId && u.Active);
        if (rep is null)
            return;
        var wanted = await preferences.GetAsync(rep.Id, cancellationToken);
        if (!wanted.Wants(report.Verdict))
            return;

        foreach (var channel in wanted.Channels)
            await DeliverAsync(new PendingAlert(eventId, report.LeadId, report.ConversationId, rep.Id, channel), report, lead, rep, wanted, cancellationToken);
    }

    /// <summary>Sends the alert now, or schedules it for the end of the rep's quiet hours when it is inside them.</summary>
    public async Task DeliverAsync(PendingAlert alert, QualificationReport report, LeadContact lead, TenantUser rep, AlertPreferences wanted, CancellationToken cancellationToken)
    {
        if (wanted.QuietHours is { } quiet && await QuietUntilAsync(quiet, cancellationToken) is { } end)
            await sender.DeferAsync(alert, end, cancellationToken);
        else
            await sender.SendAsync(alert, report, lead, rep, wanted, cancellationToken);
    }

    /// <summary>Quiet hours are read in the tenant's time zone, the one its contact window uses.</summary>
    private async Task<DateTimeOffset?> QuietUntilAsync(QuietHours quiet, CancellationToken cancellationToken)
    {
        var window = await windows.GetAsync(cancellationToken);
        var zone = ContactWindow.TryFindZone(window.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return quiet.EndAround(time.GetUtcNow(), zone);
    }
}
