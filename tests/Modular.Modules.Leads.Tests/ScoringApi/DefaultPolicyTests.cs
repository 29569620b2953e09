using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.ScoringApi;

public sealed class DefaultPolicyTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task A_new_json_lead_is_scored_by_the_starter_policy_with_reasons_that_sum_to_its_score()
    {
        using var host = new ModularHost(folders);
        var owner = await TestTenant.CreateAsync(host, "Acme");
        var client = owner.Client(host);
        var policy = await client.GetFromJsonAsync<JsonElement>("/api/v1/scoring/policy");
        policy.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldContain("Valid email");
        policy.GetProperty("thresholds").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["warm", "hot"]);

        var source = await LeadsApi.CreateSourceAsync(client);
        var posted = await LeadsApi.PostSignedAsync(host.CreateClient(), source,
            """{"firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","phone":"06 12 34 56 78","company":"Analytical Engines"}""");
        posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        var leadId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();

        var explained = await ScoringClient.ScoreOnceAsync(client, leadId, s => s.GetProperty("score").GetInt32() != 0, "the new lead's score");

        ScoringClient.Reasons(explained).ShouldBe([("Valid email", 10), ("Mobile phone", 15), ("Company given", 10)]);
        explained.GetProperty("score").GetInt32().ShouldBe(35);
        explained.GetProperty("winProbability").ValueKind.ShouldBe(JsonValueKind.Null, "no outcome was ever recorded, so there is no model");
        explained.GetProperty("topFactors").GetArrayLength().ShouldBe(0);
        var change = ScoringClient.History(explained).ShouldHaveSingleItem();
        change.GetProperty("trigger").GetString().ShouldBe("received");
        change.GetProperty("previousScore").GetInt32().ShouldBe(0);
        change.GetProperty("score").GetInt32().ShouldBe(35);
        ScoringClient.Crossed(change).ShouldBe(["warm"]);

        var listed = (await LeadsApi.SearchAsync(client, "search=ada@example.com")).ShouldHaveSingleItem();
        listed.GetProperty("score").GetInt32().ShouldBe(35);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}");
        detail.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ShouldContain("lead.threshold-crossed");

        var stranger = await TestTenant.CreateAsync(host, "Globex");
        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, owner, stranger, HttpMethod.Get, $"/api/v1/leads/{leadId}/score");
    }

    public void Dispose() => folders.Dispose();
}
