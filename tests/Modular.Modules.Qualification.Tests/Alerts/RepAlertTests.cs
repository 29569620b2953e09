using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Qualification.Tests.Infrastructure;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>What the assigned rep is told when a lead reaches its verdict, on the tenant's own channels.</summary>
public sealed class RepAlertTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task An_sms_alert_for_a_hot_lead_goes_through_the_conversation_channel()
    {
        var (client, source) = await TenantAsync();
        var rep = await Team.AddAsync(shared.Host, client);
        await SetPreferencesAsync(rep, new { channels = new[] { "sms" }, verdicts = new[] { "Hot" }, phone = "+33698765432" });

        var leadId = await AlertsApi.PostLeadAsync(shared.Host, source);
        await AlertsApi.DriveToHotAsync(client, leadId);

        var assignment = await AlertsApi.AssignmentWhenAsync(client, leadId, a => AlertsApi.Alerts(a).Length == 1, "the SMS alert");
        assignment.GetProperty("userId").GetGuid().ShouldBe(rep.Id);
        var alert = AlertsApi.Alerts(assignment).ShouldHaveSingleItem();
        alert.GetProperty("channel").GetString().ShouldBe("sms");
        alert.GetProperty("status").GetString().ShouldBe("sent", alert.ToString());
        await AlertsApi.TimelineWhenAsync(client, leadId, t => t.Any(e => e.GetProperty("type").GetString() == "alert.sent"), "the alert in the timeline");
    }

    [Fact]
    public async Task Without_an_email_channel_the_alert_is_skipped_and_the_timeline_says_why()
    {
        var (client, source) = await TenantAsync();
        var rep = await Team.AddAsync(shared.Host, client);

        var leadId = await AlertsApi.PostLeadAsync(shared.Host, source);
        await AlertsApi.DriveToHotAsync(client, leadId);

        var alert = AlertsApi.Alerts(await AlertsApi.AssignmentWhenAsync(client, leadId, a => AlertsApi.Alerts(a).Length == 1, "the email alert")).ShouldHaveSingleItem();
        alert.GetProperty("userId").GetGuid().ShouldBe(rep.Id);
        alert.GetProperty("channel").GetString().ShouldBe("email");
        alert.GetProperty("status").GetString().ShouldBe("skipped");
        alert.GetProperty("reason").GetString()!.ShouldContain("smtp");
        var timeline = await AlertsApi.TimelineWhenAsync(client, leadId, t => t.Any(e => e.GetProperty("type").GetString() == "alert.skipped"), "the skipped alert in the timeline");
        var skipped = timeline.First(e => e.GetProperty("type").GetString() == "alert.skipped").GetProperty("summary").GetString()!;
        skipped.ShouldContain("smtp");
        skipped.ShouldNotContain(rep.Email, Case.Insensitive, "a timeline entry carries no personal data");
    }

    [Fact]
    public async Task Inside_quiet_hours_the_alert_is_scheduled_for_their_end_instead_of_sent()
    {
        var (client, source) = await TenantAsync();
        var rep = await Team.AddAsync(shared.Host, client);
        // Quiet from an hour ago to two hours from now, Paris time (the tenant's zone): now is inside, whatever the hour.
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris);
        var from = TimeOnly.FromDateTime(local.DateTime.AddHours(-1));
        var to = TimeOnly.FromDateTime(local.DateTime.AddHours(2));
        await SetPreferencesAsync(rep, new { channels = new[] { "email" }, verdicts = new[] { "Hot" }, quietHours = new { from = from.ToString("HH:mm"), to = to.ToString("HH:mm") } });

        var leadId = await AlertsApi.PostLeadAsync(shared.Host, source);
        await AlertsApi.DriveToHotAsync(client, leadId);

        var alert = AlertsApi.Alerts(await AlertsApi.AssignmentWhenAsync(client, leadId, a => AlertsApi.Alerts(a).Length == 1, "the deferred alert")).ShouldHaveSingleItem();
        alert.GetProperty("status").GetString().ShouldBe("scheduled", "sent, it would have been skipped: the tenant has no email channel");
        var dueAt = alert.GetProperty("dueAt").GetDateTimeOffset();
        TimeZoneInfo.ConvertTime(dueAt, Paris).ToString("HH:mm").ShouldBe(to.ToString("HH:mm"));
        dueAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        dueAt.ShouldBeLessThan(DateTimeOffset.UtcNow.AddHours(2).AddMinutes(1));
    }

    [Fact]
    public async Task A_rep_is_not_alerted_about_verdicts_they_did_not_choose_but_still_gets_the_lead()
    {
        var (client, source) = await TenantAsync();
        var rep = await Team.AddAsync(shared.Host, client);
        await SetPreferencesAsync(rep, new { channels = new[] { "sms" }, verdicts = new[] { "Qualified" }, phone = "+33698765432" });

        var hot = await AlertsApi.PostLeadAsync(shared.Host, source);
        await AlertsApi.DriveToHotAsync(client, hot);
        var disqualified = await AlertsApi.PostLeadAsync(shared.Host, source, AlertsApi.Distinct(2));
        await AlertsApi.DisqualifyAsync(client, disqualified);

        var hotAssignment = await AlertsApi.AssignmentAsync(client, hot);
        var disqualifiedAssignment = await AlertsApi.AssignmentAsync(client, disqualified);
        hotAssignment.GetProperty("userId").GetGuid().ShouldBe(rep.Id);
        disqualifiedAssignment.GetProperty("userId").GetGuid().ShouldBe(rep.Id);
        // Both verdicts were handled (the assignment is made in the same pass, before alerting): no alert row came of them.
        AlertsApi.Alerts(hotAssignment).ShouldBeEmpty();
        AlertsApi.Alerts(disqualifiedAssignment).ShouldBeEmpty();
    }

    private async Task<(HttpClient Client, AlertsApi.Source Source)> TenantAsync()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        return (client, await AlertsApi.NewSourceAsync(client));
    }

    private static async Task SetPreferencesAsync(Team.Member rep, object preferences)
    {
        var saved = await rep.Browser.PutAsJsonAsync("/api/v1/qualification/alert-preferences/me", preferences);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }
}
