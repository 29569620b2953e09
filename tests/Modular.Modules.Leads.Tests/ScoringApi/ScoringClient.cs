using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Modules.Leads.Tests.ScoringApi;

/// <summary>What a client reads of scoring, as the tests need it.</summary>
internal static class ScoringClient
{
    public static async Task<JsonElement> ScoreAsync(HttpClient client, Guid leadId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}/score");

    public static Task<JsonElement> ScoreOnceAsync(HttpClient client, Guid leadId, Func<JsonElement, bool> done, string waitingFor) =>
        Eventually.ReadAsync(() => ScoreAsync(client, leadId), done, waitingFor);

    public static (string Rule, int Points)[] Reasons(JsonElement explained) =>
        [.. explained.GetProperty("reasons").EnumerateArray().Select(r => (r.GetProperty("rule").GetString()!, r.GetProperty("points").GetInt32()))];

    public static JsonElement[] History(JsonElement explained) => [.. explained.GetProperty("history").EnumerateArray()];

    public static string[] Crossed(JsonElement change) =>
        [.. change.GetProperty("thresholdsCrossed").EnumerateArray().Select(t => t.GetString()!)];

    public static async Task<Guid> CreateLeadAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/leads", body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
