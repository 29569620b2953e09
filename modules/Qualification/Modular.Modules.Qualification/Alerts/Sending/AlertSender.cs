using MediatR;
using Microsoft.Extensions.Logging;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Modules.Qualification.Alerts.Preferences;
using Modular.Modules.Qualification.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>
/// Sends one alert through the Messaging module — email over the tenant's SMTP channel, SMS over its conversation
/// channel — or schedules it for the end of the rep's quiet hours. A provider asking to retry later makes this
/// throw, so the event or job is retried with the same idempotency key; a tenant without a channel for it gets the
/// alert skipped and said so in the lead's timeline, instead of an alert retried forever.
/// </summary>
internal sealed class AlertSender(
    IMediator mediator, AlertRecorder recorder, IJobScheduler jobs, AssignmentSettingsStore settings, PublicUrls urls,
    ITenantDirectory tenants, ICurrentTenant tenant, ILogger<AlertSender> logger)
{
    /// <summary>The Messaging channel key of the email channel plugin.</summary>
    public const string EmailChannelKey = "smtp";

    public async Task SendAsync(PendingAlert alert, QualificationReport report, LeadContact lead, TenantUser rep, AlertPreferences preferences, CancellationToken cancellationToken)
    {
        if (await recorder.FindAsync(alert, cancellationToken) is { Status: not AlertStatuses.Scheduled })
            return;

        var address = alert.Channel == AlertChannels.Email ? rep.Email : preferences.Phone ?? rep.PhoneNumber;
        if (string.IsNullOrWhiteSpace(address))
        {
            var missing = alert.Channel == AlertChannels.Email ? "an email address" : "a phone number";
            await recorder.RecordAsync(alert, AlertStatuses.Skipped, $"The rep has no {missing}.", null, $"Alert by {alert.Channel} skipped: the rep has no {missing}", cancellationToken);
            return;
        }

        var profile = await tenants.FindAsync(tenant.RequiredTenantId, cancellationToken);
        var link = urls.LeadLink((await settings.GetAsync(cancellationToken)).PublicBaseUrl, report.LeadId);
        var score = await mediator.Send(new GetLeadScore(tenant.RequiredTenantId, report.LeadId), cancellationToken);
        var text = AlertText.Compose(alert.Channel, report, lead, link, AlertWording.For(profile?.Locale), score?.Reasons);
        var result = await mediator.Send(new SendMessage(
            tenant.RequiredTenantId, null, address, text.Body, alert.IdempotencyKey,
            alert.Channel == AlertChannels.Email ? EmailChannelKey : null,
            alert.Channel == AlertChannels.Email ? text.Subject : null), cancellationToken);

        switch (result.Status)
        {
            case SendStatus.Sent:
                await recorder.RecordAsync(alert, AlertStatuses.Sent, null, null, $"Assigned rep alerted by {alert.Channel} ({report.Verdict})", cancellationToken);
                break;
            case SendStatus.RetryLater:
                throw new AlertDeferredException(alert.Channel, result.RetryAfter);
            case SendStatus.NoChannel:
                logger.LogWarning("Alert by {Channel} for lead {LeadId} of tenant {TenantId} skipped: no channel can send it", alert.Channel, alert.LeadId, tenant.TenantId);
                var reason = alert.Channel == AlertChannels.Email
                    ? "No enabled email (smtp) channel is configured."
                    : "No enabled SMS channel is configured.";
                await recorder.RecordAsync(alert, AlertStatuses.Skipped, reason, null, $"Alert by {alert.Channel} skipped: {reason}", cancellationToken);
                break;
            default:
                // Suppressed or refused for good: retrying cannot help, and the reason may quote the address, so it is not kept.
                logger.LogWarning("Alert by {Channel} for lead {LeadId} of tenant {TenantId} failed: {Status}", alert.Channel, alert.LeadId, tenant.TenantId, result.Status);
                await recorder.RecordAsync(alert, AlertStatuses.Failed, $"The channel answered {result.Status}.", null, $"Alert by {alert.Channel} failed: {result.Status}", cancellationToken);
                break;
        }
    }

    /// <summary>Schedules the alert for <paramref name="dueAt"/>, once: a redelivered event finds it scheduled.</summary>
    public async Task DeferAsync(PendingAlert alert, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var existing = await recorder.FindAsync(alert, cancellationToken);
        if (existing is not null && (existing.Status != AlertStatuses.Scheduled || existing.DueAt == dueAt))
            return;

        // The job first: should the record then fail, the event is retried and schedules again, and each job sends at
        // most once (it stops at a final record, and Messaging sends an idempotency key once). The other order could
        // leave an alert recorded as scheduled with no job to send it.
        await jobs.ScheduleAsync(DeferredAlertJob.Type, alert, dueAt, cancellationToken);
        await recorder.RecordAsync(alert, AlertStatuses.Scheduled, "Quiet hours.", dueAt, null, cancellationToken);
    }
}

/// <summary>The channel asked to try later; the event or job is retried as a whole with the same idempotency key.</summary>
internal sealed class AlertDeferredException(string channel, TimeSpan? retryAfter)
    : Exception($"The {channel} channel asked to retry the alert later{(retryAfter is { } wait ? $" (after {wait})" : "")}.");
