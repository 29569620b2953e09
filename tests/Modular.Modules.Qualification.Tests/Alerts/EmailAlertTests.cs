using System.Net;
using System.Net.Http.Json;
using Modular.Modules.Qualification.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Smtp;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>
/// A Hot lead's rep gets the qualification report by email through the tenant's own SMTP channel.
/// Needs: the test project referencing sdk/Modular.Sdk.Testing, and Messaging accepting smtp:// base URLs for smtp channels.
/// </summary>
public sealed class EmailAlertTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_hot_leads_rep_gets_an_email_with_the_verdict_and_every_answer()
    {
        await using var smtp = FakeSmtpServer.Start();
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var channel = await client.PostAsJsonAsync("/api/v1/channels", new
        {
            type = "smtp",
            name = "Office mail",
            baseUrl = smtp.BaseUrl.ToString(),
            settings = new Dictionary<string, string> { ["from"] = "alerts@acme.test", ["security"] = "none" },
        });
        channel.StatusCode.ShouldBe(HttpStatusCode.Created, await channel.Content.ReadAsStringAsync());
        var source = await AlertsApi.NewSourceAsync(client);
        var rep = await Team.AddAsync(shared.Host, client);
        // Saving preferences also tells the module the public URL its links use.
        (await rep.Browser.PutAsJsonAsync("/api/v1/qualification/alert-preferences/me", new { channels = new[] { "email" }, verdicts = new[] { "Hot" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var leadId = await AlertsApi.PostLeadAsync(shared.Host, source);
        await AlertsApi.DriveToHotAsync(client, leadId);

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var email = await smtp.WaitForMessageAsync(1, patience.Token);
        email.Recipients.ShouldBe([rep.Email]);
        email.Subject.ShouldBe("Lead chaud : Jeanne Dupont", "the tenant is French");
        email.Body.ShouldContain("Verdict: Hot");
        email.Body.ShouldContain("\"environ 300k\"");
        email.Body.ShouldContain("300000");
        email.Body.ShouldContain("\"le matin\"");
        email.Body.ShouldContain($"http://localhost/api/v1/leads/{leadId}");
        var alert = AlertsApi.Alerts(await AlertsApi.AssignmentWhenAsync(client, leadId, a => AlertsApi.Alerts(a).Length == 1, "the alert")).ShouldHaveSingleItem();
        alert.GetProperty("status").GetString().ShouldBe("sent");
        smtp.Messages.Count.ShouldBe(1, "one alert per rep, channel and verdict");
    }
}
