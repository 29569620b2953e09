using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Alerts.Preferences;
using Modular.Modules.Qualification.Conversations;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Reports;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>
/// Sends an alert held back by the rep's quiet hours, in the tenant the job runner gives it. The report is built
/// again from the conversation rather than carried in the job, so no lead's replies sit in the job table.
/// </summary>
internal sealed class DeferredAlertJob(
    QualificationDbContext db, ReportBuilder reports, IMediator mediator, ITenantUsers users, AlertPreferenceStore preferences,
    AlertRecorder recorder, AlertDispatcher dispatcher, ICurrentTenant tenant) : IJobHandler
{
    public const string Type = "qualification.alert";

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        var alert = JsonSerializer.Deserialize<PendingAlert>(payloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("An alert job without a payload.");
        if (await recorder.FindAsync(alert, cancellationToken) is { Status: not AlertStatuses.Scheduled })
            return;

        var conversation = await db.Set<Conversation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == alert.ConversationId, cancellationToken);
        var lead = await mediator.Send(new GetLeadContact(tenant.RequiredTenantId, alert.LeadId), cancellationToken);
        var rep = (await users.ListAsync(tenant.RequiredTenantId, cancellationToken)).FirstOrDefault(u => u.Id == alert.UserId && u.Active);
        if (conversation is null || lead is null || rep is null)
        {
            var gone = conversation is null || lead is null ? "the lead no longer exists" : "the rep can no longer sign in";
            await recorder.RecordAsync(alert, AlertStatuses.Skipped, $"By the end of the quiet hours {gone}.", null, $"Alert by {alert.Channel} skipped: {gone}", cancellationToken);
            return;
        }

        // Quiet hours changed since: DeliverAsync schedules the alert again for their new end.
        var report = await reports.BuildAsync(conversation, cancellationToken);
        await dispatcher.DeliverAsync(alert, report, lead, rep, await preferences.GetAsync(rep.Id, cancellationToken), cancellationToken);
    }

    public Task GaveUpAsync(string payloadJson, string error, CancellationToken cancellationToken)
    {
        var alert = JsonSerializer.Deserialize<PendingAlert>(payloadJson, JsonSerializerOptions.Web)!;
        return recorder.RecordAsync(alert, AlertStatuses.Failed, "The channel kept asking to retry later.", null, $"Alert by {alert.Channel} failed after retries", cancellationToken);
    }
}
