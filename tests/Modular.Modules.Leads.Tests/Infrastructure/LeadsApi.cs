using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Modular.Modules.Leads.Tests.Infrastructure;

/// <summary>What a client and a lead source do over HTTP, as the tests need it: add sources, post signed leads, read leads.</summary>
internal static class LeadsApi
{
    public sealed record Source(Guid Id, string Key, string IntakeUrl, string Secret);

    public static async Task<Source> CreateSourceAsync(HttpClient client, string format = "json", object? settings = null)
    {
        var body = new Dictionary<string, object?> { ["name"] = "Site", ["format"] = format };
        if (settings is not null)
            foreach (var property in JsonSerializer.SerializeToElement(settings, JsonSerializerOptions.Web).EnumerateObject())
                body[property.Name] = property.Value;
        var response = await client.PostAsJsonAsync("/api/v1/sources", body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.TryGetProperty("source", out _).ShouldBeFalse("the answer is the source itself, flat, with its secret");
        return new Source(created.GetProperty("id").GetGuid(), created.GetProperty("key").GetString()!, created.GetProperty("intakeUrl").GetString()!, created.GetProperty("secret").GetString()!);
    }

    /// <summary>Posts a JSON lead signed as a partner would: t=&lt;now&gt;, v1=hex HMAC-SHA256(secret, "t.body").</summary>
    public static Task<HttpResponseMessage> PostSignedAsync(HttpClient anonymous, Source source, string json, DateTimeOffset? at = null, string? secret = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? source.Secret), Encoding.UTF8.GetBytes($"{timestamp}.{json}")));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{source.Key}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Modular-Signature", $"t={timestamp},v1={signature}");
        return anonymous.SendAsync(request);
    }

    public static async Task<JsonElement[]> SearchAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads?{query}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
