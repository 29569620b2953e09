using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Modular.Modules.Leads.Tests.Api;

/// <summary>What a client does to its leads over HTTP, as the API and merging tests need it.</summary>
internal static class LeadClient
{
    public static async Task<Guid> CreateAsync(HttpClient client, object lead)
    {
        var response = await client.PostAsJsonAsync("/api/v1/leads", lead);
        return (await ReadAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Task<JsonElement> GetAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{id}");

    /// <summary>Sends JSON as written (so a test can send nulls and unknown fields exactly).</summary>
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? json = null, string mediaType = "application/json") =>
        client.SendAsync(new HttpRequestMessage(method, path) { Content = json is null ? null : new StringContent(json, Encoding.UTF8, mediaType) });

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    /// <summary>An error is problem+json; a validation error names the fields at fault.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected, params string[] fields)
    {
        var problem = await ReadAsync(response, expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        foreach (var field in fields)
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"the problem should name '{field}': {problem}");
        return problem;
    }

    public static IEnumerable<JsonElement> Timeline(JsonElement lead, string type) =>
        lead.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("type").GetString() == type);

    public static string?[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
