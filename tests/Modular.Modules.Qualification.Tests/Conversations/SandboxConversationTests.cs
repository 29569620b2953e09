using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Qualification.Tests.Infrastructure;

namespace Modular.Modules.Qualification.Tests.Conversations;

/// <summary>A new tenant's first lead, qualified over the Sandbox channel with the default scenario and no setup but the window.</summary>
public sealed class SandboxConversationTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Jeanne = """{"firstName":"Jeanne","lastName":"Dupont","email":"jeanne@example.fr","phone":"06 12 34 56 78","country":"FR"}""";

    [Fact]
    public async Task A_lead_answering_every_question_well_is_hot_and_gets_the_closing_message_and_a_report()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);

        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Jeanne);

        var opened = await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");
        opened.GetProperty("status").GetString().ShouldBe("active");
        var first = QualificationApi.Messages(opened, "out")[0].GetProperty("text").GetString()!;
        first.ShouldContain("Jeanne");
        first.ShouldContain("STOP");
        first.ShouldContain("projet", Case.Insensitive, "a French lead is written to in French");

        await QualificationApi.ReplyAsync(client, leadId, "oui tout à fait");
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 2, "the timeframe question");
        await QualificationApi.ReplyAsync(client, leadId, "dans 2 mois");
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 3, "the budget question");
        await QualificationApi.ReplyAsync(client, leadId, "environ 300k");
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 4, "the callback question");
        await QualificationApi.ReplyAsync(client, leadId, "le matin");

        var ended = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "the verdict");
        ended.GetProperty("verdict").GetString().ShouldBe("Hot");
        QualificationApi.Messages(ended, "in").Length.ShouldBe(4);
        QualificationApi.Messages(ended, "out").Last().GetProperty("text").GetString()!.ShouldContain("conseiller");
        var answers = ended.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("question").GetString()!, a => a.GetProperty("value").GetString());
        answers["project"].ShouldBe("true");
        answers["budget"].ShouldBe("300000");
        answers["callback"].ShouldBe("morning");

        var report = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}/qualification-report");
        report.GetProperty("report").GetProperty("verdict").GetString().ShouldBe("Hot");
        report.GetProperty("report").GetProperty("answers").GetArrayLength().ShouldBe(4);
        report.GetProperty("scoreReasons").EnumerateArray().Sum(r => r.GetProperty("points").GetInt32()).ShouldBe(report.GetProperty("score").GetInt32(), "the reasons sum to the score");
        var html = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/leads/{leadId}/qualification-report");
        html.Headers.Add("Accept", "text/html");
        var page = await client.SendAsync(html);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await page.Content.ReadAsStringAsync()).ShouldContain("Hot");
    }

    [Fact]
    public async Task A_lead_without_a_project_is_disqualified_after_the_first_answer()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Jeanne);
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");

        await QualificationApi.ReplyAsync(client, leadId, "non pas pour l'instant");

        var ended = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "the verdict");
        ended.GetProperty("verdict").GetString().ShouldBe("Disqualified");
    }

    [Fact]
    public async Task A_reply_not_understood_is_asked_again_and_an_opt_out_ends_the_conversation_at_once()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Jeanne);
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");

        await QualificationApi.ReplyAsync(client, leadId, "qui êtes-vous ?");
        var reasked = await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 2, "the question asked again");
        QualificationApi.Messages(reasked, "out")[1].GetProperty("text").GetString()!.ShouldContain("compris");
        reasked.GetProperty("currentQuestion").GetString().ShouldBe("project");

        await QualificationApi.ReplyAsync(client, leadId, "arrêtez de m'écrire svp");

        var ended = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "the opt-out");
        ended.GetProperty("verdict").GetString().ShouldBe("OptedOut");
        QualificationApi.Messages(ended, "out").Length.ShouldBe(2, "nothing is sent after an opt-out, not even a closing message");
    }

    [Fact]
    public async Task Outside_the_window_the_conversation_waits_for_it_to_open()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        // A window open only on the weekday after tomorrow is closed now, whatever the hour the test runs.
        var later = DateTime.UtcNow.AddDays(2).DayOfWeek.ToString()[..3];
        await QualificationApi.SetWindowAsync(client, new { timeZone = "UTC", days = new[] { later }, from = "09:00", to = "10:00", holidays = false });

        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Jeanne);

        var waiting = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("nextActionAt").ValueKind == JsonValueKind.String
            && c.GetProperty("nextActionAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(1), "the conversation to wait for the window");
        waiting.GetProperty("status").GetString().ShouldBe("scheduled");
        QualificationApi.Messages(waiting, "out").ShouldBeEmpty();
        waiting.GetProperty("nextActionAt").GetDateTimeOffset().DayOfWeek.ToString()[..3].ShouldBe(later);
    }

    [Fact]
    public async Task Another_tenants_lead_has_no_conversation_to_show()
    {
        var owner = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(owner, QualificationApi.AlwaysOpen);
        var leadId = await QualificationApi.PostLeadAsync(shared.Host, owner, Jeanne);
        await QualificationApi.ConversationWhenAsync(owner, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");

        var stranger = (await shared.NewTenantAsync()).Client(shared.Host);

        (await stranger.GetAsync($"/api/v1/leads/{leadId}/conversation")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/leads/{leadId}/qualification-report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/sandbox/leads/{leadId}/replies", new { text = "oui" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
