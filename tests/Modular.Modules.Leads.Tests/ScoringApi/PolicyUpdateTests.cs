using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Modules.Leads.Tests.ScoringApi;

public sealed class PolicyUpdateTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task An_invalid_policy_is_refused_field_by_field_and_nothing_is_saved()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var broken = new
        {
            rules = new object[]
            {
                new { name = " ", kind = "fit", subject = "mood", @operator = "greaterThan", value = "a lot", points = 5 },
                new { name = "From France", kind = "sometimes", subject = "field:country", @operator = "equals", value = "FR", points = 10 },
                new { name = "from france", kind = "fit", subject = "field:city", @operator = "resembles", value = "Paris", points = 10 },
            },
            groupCaps = new Dictionary<string, int> { ["geo"] = -5 },
            decayHalfLifeDays = 0,
            thresholds = new[] { new { name = "", score = 50 } },
        };

        var response = await client.PutAsJsonAsync("/api/v1/scoring/policy", broken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe(
            ["decayHalfLifeDays", "groupCaps[geo]", "rules[0].name", "rules[0].subject", "rules[0].value", "rules[1].kind", "rules[2].name", "rules[2].operator", "thresholds[0].name"]);
        var kept = await client.GetFromJsonAsync<JsonElement>("/api/v1/scoring/policy");
        kept.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldNotContain("From France");
        kept.GetProperty("decayHalfLifeDays").GetDouble().ShouldBe(14);
    }

    [Fact]
    public async Task Saving_a_policy_rescores_existing_leads_records_the_threshold_crossed_and_scores_new_leads_with_it()
    {
        using var host = new ModularHost(folders);
        await SavingAPolicyRescoresAsync(host);
    }

    /// <summary>Also run on PostgreSQL (<see cref="PostgresScoringTests"/>): the rescoring job pages leads by id on both providers.</summary>
    internal static async Task SavingAPolicyRescoresAsync(ModularHost host)
    {
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var existing = await ScoringClient.CreateLeadAsync(client, new { email = "grace@example.com", city = "Paris", country = "France" });
        await ScoringClient.ScoreOnceAsync(client, existing, s => s.GetProperty("score").GetInt32() == 10, "the starter policy's score");

        var policy = new
        {
            rules = new object[]
            {
                new { name = "From France", kind = "fit", subject = "field:country", @operator = "equals", value = "fr", points = 40, group = "geo" },
                new { name = "In Paris", kind = "fit", subject = "field:city", @operator = "in", value = "Paris, Lyon", points = 30, group = "geo" },
                new { name = "Reachable by email", kind = "fit", subject = "field:emailValid", @operator = "equals", value = "true", points = 30 },
                new { name = "Tagged cold", kind = "fit", subject = "field:tags", @operator = "contains", value = "cold", points = -50 },
            },
            groupCaps = new Dictionary<string, int> { ["geo"] = 50 },
            decayHalfLifeDays = (double?)null,
            thresholds = new[] { new { name = "hot", score = 60 }, new { name = "warm", score = 20 } },
        };
        var saved = await client.PutAsJsonAsync("/api/v1/scoring/policy", policy);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        var rescored = await ScoringClient.ScoreOnceAsync(client, existing, s => s.GetProperty("score").GetInt32() == 80, "the rescoring after the policy change");
        ScoringClient.Reasons(rescored).ShouldBe([("From France", 40), ("In Paris", 30), ("Reachable by email", 30), ("cap:geo", -20)]);
        var history = ScoringClient.History(rescored);
        history.Length.ShouldBe(2);
        history[0].GetProperty("trigger").GetString().ShouldBe("rescore");
        history[0].GetProperty("previousScore").GetInt32().ShouldBe(10);
        ScoringClient.Crossed(history[0]).ShouldBe(["warm", "hot"], "both thresholds lie between 10 and 80, lowest first");

        var cold = await ScoringClient.CreateLeadAsync(client, new { email = "alan@example.com", country = "fr", tags = new[] { "cold" } });
        var coldScore = await ScoringClient.ScoreOnceAsync(client, cold, s => s.GetProperty("score").GetInt32() != 0, "the new lead's score under the saved policy");
        ScoringClient.Reasons(coldScore).ShouldBe([("From France", 40), ("Reachable by email", 30), ("Tagged cold", -50)]);
        coldScore.GetProperty("score").GetInt32().ShouldBe(20);
        ScoringClient.Crossed(ScoringClient.History(coldScore).ShouldHaveSingleItem()).ShouldBe(["warm"]);

        var read = await client.GetFromJsonAsync<JsonElement>("/api/v1/scoring/policy");
        read.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["From France", "In Paris", "Reachable by email", "Tagged cold"]);
        read.GetProperty("rules")[1].GetProperty("operator").GetString().ShouldBe("in");
        read.GetProperty("decayHalfLifeDays").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    public void Dispose() => folders.Dispose();
}
