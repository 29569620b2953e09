using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Modular.Modules.Qualification.Tests.Infrastructure;

/// <summary>What a client, a lead source and a sandbox lead do over HTTP, as the conversation tests need it.</summary>
internal static class QualificationApi
{
    public static readonly object AlwaysOpen = new { timeZone = "Europe/Paris", days = new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }, from = "00:00", to = "23:59", holidays = false };

    public static async Task SetWindowAsync(HttpClient client, object window)
    {
        var response = await client.PutAsJsonAsync("/api/v1/qualification/window", window);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public sealed record Source(Guid Id, string Key, string Secret);

    public static async Task<Source> CreateSourceAsync(HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/sources", new { name = "Site " + Guid.NewGuid().ToString("N")[..6], format = "json" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var source = await created.Content.ReadFromJsonAsync<JsonElement>();
        return new Source(source.GetProperty("id").GetGuid(), source.GetProperty("key").GetString()!, source.GetProperty("secret").GetString()!);
    }

    /// <summary>Adds a JSON source and posts one lead through its public hook, as a client's website would.</summary>
    public static async Task<Guid> PostLeadAsync(ModularHost host, HttpClient client, string json) =>
        await PostLeadAsync(host, await CreateSourceAsync(client), json);

    public static async Task<Guid> PostLeadAsync(ModularHost host, Source source, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{source.Key}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Modular-Secret", source.Secret);
        var posted = await host.CreateClient().SendAsync(request);
        posted.IsSuccessStatusCode.ShouldBeTrue(await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
    }

    public static async Task ReplyAsync(HttpClient client, Guid leadId, string text)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/sandbox/leads/{leadId}/replies", new { text });
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls the lead's conversation until <paramref name="done"/> holds; the engine works after the 2xx, through the outbox and jobs.</summary>
    public static async Task<JsonElement> ConversationWhenAsync(HttpClient client, Guid leadId, Func<JsonElement, bool> done, string what)
    {
        JsonElement last = default;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var response = await client.GetAsync($"/api/v1/leads/{leadId}/conversation");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (done(last))
                    return last;
            }
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"Waited 30 s for {what}; the conversation was: {(last.ValueKind == JsonValueKind.Undefined ? "missing" : last.ToString())}");
    }

    public static JsonElement[] Messages(JsonElement conversation, string direction) =>
        [.. conversation.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("direction").GetString() == direction)];
}
