using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Modular.Modules.Crm.Tests.Infrastructure;

/// <summary>A lead qualified over the Sandbox channel with the default scenario, as a client's first lead would be.</summary>
internal static class Conversation
{
    public static async Task<Guid> QualifyAsHotAsync(ModularHost host, HttpClient client)
    {
        var window = new { timeZone = "Europe/Paris", days = new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }, from = "00:00", to = "23:59", holidays = false };
        (await client.PutAsJsonAsync("/api/v1/qualification/window", window)).EnsureSuccessStatusCode();
        var leadId = await PostThroughSourceAsync(host, client);
        string[] replies = ["oui tout à fait", "dans 2 mois", "environ 300k", "le matin"];
        for (var i = 0; i < replies.Length; i++)
        {
            await OutgoingCountAsync(client, leadId, i + 1);
            var replied = await client.PostAsJsonAsync($"/api/v1/sandbox/leads/{leadId}/replies", new { text = replies[i] });
            replied.StatusCode.ShouldBe(HttpStatusCode.Accepted, await replied.Content.ReadAsStringAsync());
        }
        return leadId;
    }

    // Posted through a source's hook rather than the API: the lead is then contacted at once, as a real one is.
    private static async Task<Guid> PostThroughSourceAsync(ModularHost host, HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/sources", new { name = "Site", format = "json" });
        var source = await created.Content.ReadFromJsonAsync<JsonElement>();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{source.GetProperty("key").GetString()}")
        {
            Content = new StringContent("""{"firstName":"Jeanne","lastName":"Dupont","email":"jeanne.dupont@example.fr","phone":"06 12 34 56 78","country":"FR"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Modular-Secret", source.GetProperty("secret").GetString());
        var posted = await host.CreateClient().SendAsync(request);
        posted.IsSuccessStatusCode.ShouldBeTrue(await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
    }

    private static async Task OutgoingCountAsync(HttpClient client, Guid leadId, int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var response = await client.GetAsync($"/api/v1/leads/{leadId}/conversation");
            if (response.StatusCode == HttpStatusCode.OK
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages").EnumerateArray().Count(m => m.GetProperty("direction").GetString() == "out") >= count)
                return;
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"Waited 30 s for outgoing message {count} of the conversation.");
    }
}
