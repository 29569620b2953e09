using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.ScoringApi;

public sealed class WinModelTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task Recorded_outcomes_train_a_model_that_gives_new_leads_a_win_probability_with_its_top_factors()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var web = await LeadsApi.CreateSourceAsync(client);
        var anonymous = host.CreateClient();

        // The history: leads from the website in France were won, leads typed in through the API from Germany were lost.
        for (var i = 0; i < 4; i++)
        {
            await RecordAsync(client, await PostAsync(anonymous, web, $"won{i}@example.com", "FR"), "won");
            await RecordAsync(client, await ScoringClient.CreateLeadAsync(client, new { email = $"lost{i}@example.com", country = "DE" }), "lost");
        }
        // A test lead's outcome is not evidence.
        await RecordAsync(client, await ScoringClient.CreateLeadAsync(client, new { email = "test@example.com", country = "DE", isTest = true }), "won");

        var before = await ScoringClient.CreateLeadAsync(client, new { email = "early@example.com", country = "FR" });
        // Scored on arrival first, without a model; otherwise its arrival could be handled after the training below.
        var scoredWithoutModel = await ScoringClient.ScoreOnceAsync(client, before, s => ScoringClient.History(s).Length > 0, "the earlier lead's first score");
        HasProbability(scoredWithoutModel).ShouldBeFalse();
        (await client.PostAsync("/api/v1/scoring/model/retrain", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var model = await Eventually.ReadAsync(
            () => client.GetFromJsonAsync<JsonElement>("/api/v1/scoring/model"),
            m => m.GetProperty("trainedAt").ValueKind != JsonValueKind.Null, "the trained model");
        model.GetProperty("wonExamples").GetInt32().ShouldBe(4);
        model.GetProperty("lostExamples").GetInt32().ShouldBe(4);

        var likely = await PostAsync(anonymous, web, "new.customer@example.com", "FR");
        var likelyScore = await ScoringClient.ScoreOnceAsync(client, likely, HasProbability, "the new web lead's win probability");
        var unlikely = await ScoringClient.CreateLeadAsync(client, new { email = "new.prospect@example.com", country = "DE" });
        var unlikelyScore = await ScoringClient.ScoreOnceAsync(client, unlikely, HasProbability, "the new API lead's win probability");

        var high = likelyScore.GetProperty("winProbability").GetDouble();
        var low = unlikelyScore.GetProperty("winProbability").GetDouble();
        high.ShouldBeInRange(0.5, 0.99);
        low.ShouldBeInRange(0.01, 0.5);
        var factors = likelyScore.GetProperty("topFactors").EnumerateArray().ToList();
        factors.Select(f => (f.GetProperty("feature").GetString(), f.GetProperty("value").GetString())).ShouldContain(("country", "fr"));
        factors.ShouldAllBe(f => f.GetProperty("weight").GetDouble() > 0, "every factor of a website lead from France pointed to winning");
        ScoringClient.History(likelyScore)[0].GetProperty("winProbability").GetDouble().ShouldBe(high);

        // Leads that arrived before the model are rescored with it once it is trained.
        var earlier = await ScoringClient.ScoreOnceAsync(client, before, HasProbability, "the earlier lead's win probability after retraining");
        earlier.GetProperty("winProbability").GetDouble().ShouldBeInRange(0.01, 0.99);
        ScoringClient.History(earlier)[0].GetProperty("trigger").GetString().ShouldBe("rescore");
    }

    private static bool HasProbability(JsonElement score) => score.GetProperty("winProbability").ValueKind == JsonValueKind.Number;

    private static async Task<Guid> PostAsync(HttpClient anonymous, LeadsApi.Source source, string email, string country)
    {
        var posted = await LeadsApi.PostSignedAsync(anonymous, source, JsonSerializer.Serialize(new { email, country }));
        posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
    }

    private static async Task RecordAsync(HttpClient client, Guid leadId, string outcome)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/leads/{leadId}/outcome", new { outcome });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => folders.Dispose();
}
