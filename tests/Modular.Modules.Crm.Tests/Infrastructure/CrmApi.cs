using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Modules.Crm.Tests.Infrastructure;

/// <summary>What a client does with the Crm API, and with the Leads and Sandbox APIs around it, as the tests need it.</summary>
internal static class CrmApi
{
    public static object HubSpot(FakeHubSpotServer hubspot, string? token = null, string[]? syncOn = null) => new
    {
        type = "hubspot",
        baseUrl = hubspot.BaseUrl.ToString(),
        credentials = new Dictionary<string, string> { ["accessToken"] = token ?? hubspot.AccessToken },
        syncOn = syncOn ?? ["Hot", "Qualified"],
        fieldMapping = new Dictionary<string, string> { ["answers.budget"] = "budget" },
    };

    public static async Task<JsonElement> CreateConnectorAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/crm/connectors", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Creates a lead; one with the same email or phone as an earlier lead of the tenant is merged into it.</summary>
    public static async Task<Guid> CreateLeadAsync(HttpClient client, string email = "jeanne.dupont@example.fr", string phone = "+33612345678")
    {
        var response = await client.PostAsJsonAsync("/api/v1/leads", new { firstName = "Jeanne", lastName = "Dupont", email, phone, country = "FR" });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> PushAsync(HttpClient client, Guid leadId)
    {
        var response = await client.PostAsync($"/api/v1/leads/{leadId}/crm-sync", null);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single();
    }

    /// <summary>Polls the lead's pushes until the one with <paramref name="syncId"/> is in <paramref name="status"/>; pushes run after the 202.</summary>
    public static async Task<JsonElement> SyncWhenAsync(HttpClient client, Guid leadId, Func<JsonElement, bool> done, string what)
    {
        var last = "";
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}/crm-syncs");
            last = list.ToString();
            if (list.GetProperty("items").EnumerateArray().FirstOrDefault(done) is { ValueKind: JsonValueKind.Object } found)
                return found;
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"Waited 30 s for {what}; the lead's pushes were: {last}");
    }

    public static Func<JsonElement, bool> Is(Guid syncId, string status) =>
        sync => sync.GetProperty("id").GetGuid() == syncId && sync.GetProperty("status").GetString() == status;
}
