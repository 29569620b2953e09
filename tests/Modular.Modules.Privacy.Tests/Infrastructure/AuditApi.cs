using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Modules.Privacy.Tests.Infrastructure;

/// <summary>What a client does over HTTP in these tests: make leads and read them (which the trail records), then verify, list and export the trail.</summary>
internal static class AuditApi
{
    public static async Task<Guid> CreateLeadAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/leads", new { email = $"{Guid.NewGuid():N}@example.test", firstName = "Jeanne" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task ReadLeadAsync(HttpClient client, Guid leadId)
    {
        var response = await client.GetAsync($"/api/v1/leads/{leadId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A lead and then <paramref name="reads"/> reads of it: a chain of 1 + reads entries.</summary>
    public static async Task<Guid> RecordEntriesAsync(HttpClient client, int reads)
    {
        var leadId = await CreateLeadAsync(client);
        for (var n = 0; n < reads; n++)
            await ReadLeadAsync(client, leadId);
        return leadId;
    }

    public static async Task<JsonElement> VerifyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/privacy/audit/verify");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement[]> ListAsync(HttpClient client, string query = "")
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/privacy/audit?{query}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static async Task<string[]> ExportAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/v1/privacy/audit/export?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        return (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static async Task<Guid> ApiKeyIdAsync(HttpClient client)
    {
        var keys = await client.GetFromJsonAsync<JsonElement>("/api/v1/apikeys");
        return keys.EnumerateArray().Single().GetProperty("id").GetGuid();
    }

    /// <summary>The chain should be intact with <paramref name="entries"/> entries.</summary>
    public static async Task ShouldBeIntactAsync(HttpClient client, long entries)
    {
        var verification = await VerifyAsync(client);
        verification.GetProperty("valid").GetBoolean().ShouldBeTrue(verification.ToString());
        verification.GetProperty("entries").GetInt64().ShouldBe(entries);
    }

    /// <summary>The chain should be broken, first at <paramref name="sequence"/>; answers the broken entry.</summary>
    public static async Task<JsonElement> ShouldBeBrokenAtAsync(HttpClient client, long sequence, string reason)
    {
        var verification = await VerifyAsync(client);
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse(verification.ToString());
        var broken = verification.GetProperty("firstBrokenEntry");
        broken.GetProperty("sequence").GetInt64().ShouldBe(sequence, verification.ToString());
        broken.GetProperty("reason").GetString().ShouldBe(reason, verification.ToString());
        return broken;
    }
}
