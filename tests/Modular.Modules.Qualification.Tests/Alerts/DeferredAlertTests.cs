using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Qualification.Tests.Infrastructure;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>An alert held back by quiet hours is sent by its job once they end. A host of its own, for the clock it moves.</summary>
public sealed class DeferredAlertTests : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task When_the_quiet_hours_end_the_scheduled_alert_is_sent()
    {
        var clock = new ShiftedClock();
        using var modular = new ModularHost(folders);
        using var host = modular.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var owner = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var signedUp = await owner.PostAsJsonAsync("/api/v1/signup", new { companyName = "Acme", firstName = "Ada", lastName = "Lovelace", email = "owner@acme.test", password = "S3cure!pass" });
        signedUp.StatusCode.ShouldBe(HttpStatusCode.Created, await signedUp.Content.ReadAsStringAsync());
        await QualificationApi.SetWindowAsync(owner, QualificationApi.AlwaysOpen);
        var source = await AlertsApi.NewSourceAsync(owner);
        var rep = await Team.AddAsync(host, owner);
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris);
        var quiet = new { from = local.AddHours(-1).ToString("HH:mm"), to = local.AddHours(1).ToString("HH:mm") };
        var saved = await rep.Browser.PutAsJsonAsync("/api/v1/qualification/alert-preferences/me", new { channels = new[] { "sms" }, verdicts = new[] { "Hot" }, phone = "+33698765432", quietHours = quiet });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        var leadId = await AlertsApi.PostLeadAsync(host, source);
        await AlertsApi.DriveToHotAsync(owner, leadId);
        var scheduled = AlertsApi.Alerts(await AlertsApi.AssignmentWhenAsync(owner, leadId, a => AlertsApi.Alerts(a).Length == 1, "the deferred alert")).ShouldHaveSingleItem();
        scheduled.GetProperty("status").GetString().ShouldBe("scheduled");

        clock.Advance(scheduled.GetProperty("dueAt").GetDateTimeOffset() - clock.GetUtcNow() + TimeSpan.FromSeconds(1));

        var sent = await AlertsApi.AssignmentWhenAsync(owner, leadId, a => AlertsApi.Alerts(a).Single().GetProperty("status").GetString() != "scheduled", "the job to send the alert");
        AlertsApi.Alerts(sent).Single().GetProperty("status").GetString().ShouldBe("sent", sent.ToString());
        AlertsApi.Alerts(sent).Single().GetProperty("userId").GetGuid().ShouldBe(rep.Id);
    }

    public void Dispose() => folders.Dispose();
}
