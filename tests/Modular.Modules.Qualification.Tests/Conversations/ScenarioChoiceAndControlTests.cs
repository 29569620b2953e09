using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Qualification.Tests.Infrastructure;

namespace Modular.Modules.Qualification.Tests.Conversations;

/// <summary>Which scenario a lead gets, and a user stopping and starting conversations by hand.</summary>
public sealed class ScenarioChoiceAndControlTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Lead = """{"firstName":"Sam","email":"sam@example.com","phone":"+44 7700 900123","country":"GB"}""";

    [Fact]
    public async Task A_source_given_a_scenario_gets_it_and_other_sources_keep_the_default()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var solar = await QualificationApi.CreateSourceAsync(client);
        var scenario = new
        {
            name = "Solar panels",
            sources = new[] { solar.Id },
            definition = new
            {
                locales = new[] { "en" },
                intro = new { en = "Hi {{firstName}}! About your solar quote (reply STOP to opt out)." },
                questions = new object[] { new { key = "roof", type = "number", unit = "m²", text = new { en = "How large is your roof?" } } },
                rules = Array.Empty<object>(),
                fallbackVerdict = "ToReview",
                closings = new { },
            },
        };
        var created = await client.PostAsJsonAsync("/api/v1/qualification/scenarios", scenario);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sources")[0].GetGuid().ShouldBe(solar.Id);

        var fromSolar = await QualificationApi.PostLeadAsync(shared.Host, solar, Lead);
        var fromElsewhere = await QualificationApi.PostLeadAsync(shared.Host, client, """{"firstName":"Kim","phone":"+44 7700 900456","country":"GB"}""");

        var solarConversation = await QualificationApi.ConversationWhenAsync(client, fromSolar, c => QualificationApi.Messages(c, "out").Length == 1, "the solar scenario's first message");
        solarConversation.GetProperty("scenario").GetString().ShouldBe("Solar panels");
        QualificationApi.Messages(solarConversation, "out")[0].GetProperty("text").GetString()!.ShouldContain("How large is your roof?");
        var other = await QualificationApi.ConversationWhenAsync(client, fromElsewhere, c => QualificationApi.Messages(c, "out").Length == 1, "the default scenario's first message");
        other.GetProperty("scenario").GetString().ShouldNotBe("Solar panels");
        other.GetProperty("locale").GetString().ShouldBe("en", "a British lead is written to in English");
    }

    [Fact]
    public async Task A_stopped_conversation_ends_without_a_verdict_and_can_be_started_again()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Lead);
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");

        (await client.PostAsync($"/api/v1/leads/{leadId}/conversation", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "one conversation per lead at a time");
        (await client.DeleteAsync($"/api/v1/leads/{leadId}/conversation")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stopped = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}/conversation");
        stopped.GetProperty("status").GetString().ShouldBe("stopped");
        stopped.GetProperty("verdict").ValueKind.ShouldBe(JsonValueKind.Null);
        (await client.DeleteAsync($"/api/v1/leads/{leadId}/conversation")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await client.PostAsync($"/api/v1/leads/{leadId}/conversation", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var again = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "active", "a new conversation");
        QualificationApi.Messages(again, "out").Length.ShouldBe(1, "the new conversation starts from its first message");
        (await client.PostAsync($"/api/v1/leads/{Guid.NewGuid()}/conversation", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
