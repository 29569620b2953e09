using System.Net;
using System.Net.Http.Json;
using Modular.Modules.Privacy.Contracts;
using Modular.Modules.Qualification.Tests.Alerts;
using Modular.Modules.Qualification.Tests.Infrastructure;

namespace Modular.Modules.Qualification.Tests.SubjectRights;

/// <summary>
/// A person's rights of access and erasure over their qualification: the conversation held with them, what their
/// replies were understood as and how, the rep they were given to and the alerts about them; never another tenant's.
/// </summary>
public sealed class SubjectRightsTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private readonly SubjectRightsRequests rights = new(shared.Host, "qualification");

    [Fact]
    public async Task Access_shows_the_conversation_its_transcript_and_answers_with_how_they_were_read_and_the_reps_alert()
    {
        var (tenantId, client, leadId) = await HotLeadWithAlertedRepAsync();
        var subject = await rights.FindAsync(tenantId, "jeanne@example.fr", null);

        var sections = await rights.CollectAsync(tenantId, subject);

        var conversations = sections.Section("conversations");
        var conversation = conversations.Records.ShouldHaveSingleItem();
        conversation["leadId"].ShouldBe(leadId.ToString());
        conversation["verdict"].ShouldBe("Hot");
        conversation["status"].ShouldBe("ended");
        conversation["address"].ShouldBe("+33612345678");
        conversation["interpreter"].ShouldBe("builtin");
        conversation["scenario"].ShouldNotBeNullOrWhiteSpace();
        conversations.Logic.ShouldNotBeNull().ShouldContain("first whose conditions all hold");

        var transcript = sections.Section("conversation messages").Records;
        transcript.Count(m => m["direction"] == "in").ShouldBe(4);
        transcript.ShouldContain(m => m["direction"] == "in" && m["text"] == "environ 300k");
        transcript.ShouldContain(m => m["direction"] == "out" && m["text"]!.Contains("Jeanne"));

        var answers = sections.Section("answers");
        var budget = answers.Records.Single(a => a["question"] == "budget");
        budget["reply"].ShouldBe("environ 300k");
        budget["value"].ShouldBe("300000");
        budget["understood"].ShouldBe("true");
        double.Parse(budget["confidence"]!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(0.0, 1.0);
        budget["questionText"].ShouldNotBeNullOrWhiteSpace();
        answers.Logic.ShouldNotBeNull().ShouldContain("built-in interpreter");
        answers.Logic.ShouldContain("masked");

        sections.Section("lead assignments").Records.ShouldHaveSingleItem()["method"].ShouldBe("round_robin");
        var alert = sections.Section("alerts to reps").Records.ShouldHaveSingleItem();
        alert["channel"].ShouldBe("sms");
        alert["status"].ShouldBe("sent");
        (await client.GetAsync($"/api/v1/leads/{leadId}/conversation")).StatusCode.ShouldBe(HttpStatusCode.OK, "collecting changes nothing");
    }

    [Fact]
    public async Task Erasure_removes_the_conversation_answers_assignment_and_alerts_and_running_it_again_erases_nothing()
    {
        var (tenantId, client, leadId) = await HotLeadWithAlertedRepAsync();
        var subject = await rights.FindAsync(tenantId, "jeanne@example.fr", null);

        var outcomes = await rights.EraseAsync(tenantId, subject);

        outcomes.Erased("conversations").ShouldBe(1);
        outcomes.Erased("conversation messages").ShouldBeGreaterThanOrEqualTo(9, "five messages out (four questions and the closing), four replies in");
        outcomes.Erased("answers").ShouldBe(4);
        outcomes.Erased("lead assignments").ShouldBe(1);
        outcomes.Erased("alerts to reps").ShouldBe(1);
        (await client.GetAsync($"/api/v1/leads/{leadId}/conversation")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/leads/{leadId}/assignment")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/leads/{leadId}/qualification-report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await rights.CollectAsync(tenantId, subject)).ShouldBeEmpty("nothing is left to show");

        var again = await rights.EraseAsync(tenantId, subject);
        again.Select(o => o.Category).ShouldBe(outcomes.Select(o => o.Category), ignoreOrder: true);
        again.ShouldAllBe(o => o.Action == ErasureActions.Erased && o.Records == 0, "the job may run twice: the second run finds nothing");
    }

    [Fact]
    public async Task Another_tenants_conversation_with_the_same_person_is_neither_shown_nor_erased()
    {
        var (tenantId, _, leadId) = await HotLeadWithAlertedRepAsync();
        var strangerClient = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(strangerClient, QualificationApi.AlwaysOpen);
        var theirs = await AlertsApi.PostLeadAsync(shared.Host, await AlertsApi.NewSourceAsync(strangerClient));
        await AlertsApi.DisqualifyAsync(strangerClient, theirs);
        var leaked = new SubjectLeads([leadId, theirs], ["jeanne@example.fr", "+33612345678"]);

        var conversations = (await rights.CollectAsync(tenantId, leaked)).Section("conversations").Records;
        var outcomes = await rights.EraseAsync(tenantId, leaked);

        conversations.ShouldHaveSingleItem()["leadId"].ShouldBe(leadId.ToString(), "even handed another tenant's lead id, a module reads only the request's tenant");
        outcomes.Erased("conversations").ShouldBe(1);
        var untouched = await QualificationApi.ConversationWhenAsync(strangerClient, theirs, _ => true, "the other tenant's conversation");
        untouched.GetProperty("verdict").GetString().ShouldBe("Disqualified");
    }

    /// <summary>Jeanne, posted through a source, qualified as Hot over the sandbox, given to the tenant's only rep, who is alerted by SMS.</summary>
    private async Task<(Guid TenantId, HttpClient Client, Guid LeadId)> HotLeadWithAlertedRepAsync()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var rep = await Team.AddAsync(shared.Host, client);
        var saved = await rep.Browser.PutAsJsonAsync("/api/v1/qualification/alert-preferences/me", new { channels = new[] { "sms" }, verdicts = new[] { "Hot" }, phone = "+33698765432" });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        var leadId = await AlertsApi.PostLeadAsync(shared.Host, await AlertsApi.NewSourceAsync(client));
        await AlertsApi.DriveToHotAsync(client, leadId);
        await AlertsApi.AssignmentWhenAsync(client, leadId, a => AlertsApi.Alerts(a).Any(alert => alert.GetProperty("status").GetString() == "sent"), "the SMS alert");
        return (tenant.Id, client, leadId);
    }
}
