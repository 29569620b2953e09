using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>A tenant's lead source, posted to through its public hook as a web form would, which is what raises lead.received.</summary>
internal sealed record LeadSource(Guid Id, string Key, string Secret)
{
    public static async Task<LeadSource> CreateAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/sources", new { name = "Site", format = "json" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var source = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new LeadSource(source.GetProperty("id").GetGuid(), WebhooksApi.Text(source, "key"), WebhooksApi.Text(source, "secret"));
    }

    /// <summary>Posts a person no earlier lead shares an email or phone with, so the intake stores a new lead rather than merging.</summary>
    public Task<Guid> PostNewLeadAsync(ModularHost host) => PostNewLeadAsync(host.CreateClient());

    /// <param name="anonymous">A client of the host without credentials: the hook authenticates by the source's secret.</param>
    public async Task<Guid> PostNewLeadAsync(HttpClient anonymous)
    {
        var unique = Random.Shared.Next(10_000_000, 99_999_999);
        var json = JsonSerializer.Serialize(new { firstName = "Jeanne", lastName = "Dupont", email = $"jeanne.{unique}@example.fr", phone = $"06{unique}", country = "FR" });
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{Key}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Modular-Secret", Secret);
        var posted = await anonymous.SendAsync(request);
        posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
    }
}
