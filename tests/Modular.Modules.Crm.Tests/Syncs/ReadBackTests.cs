using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Crm.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Pipedrive;

namespace Modular.Modules.Crm.Tests.Syncs;

/// <summary>What the Crm module reads back from CRMs that can tell: HubSpot's new contacts, Pipedrive's deals won and lost.</summary>
public sealed class ReadBackTests(CrmHost shared) : IClassFixture<CrmHost>
{
    [Fact]
    public async Task A_contact_created_in_hubspot_becomes_one_lead_and_a_contact_modular_pushed_does_not_come_back()
    {
        await using var hubspot = await FakeHubSpotServer.StartAsync();
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var body = JsonSerializer.SerializeToElement(CrmApi.HubSpot(hubspot)).Deserialize<Dictionary<string, object>>()!;
        body["readLeads"] = true;
        var connector = await CrmApi.CreateConnectorAsync(client, body);
        connector.GetProperty("readLeads").GetBoolean().ShouldBeTrue();
        var pushedLead = await CrmApi.CreateLeadAsync(client, "pushed@example.fr");
        var push = await CrmApi.PushAsync(client, pushedLead);
        await CrmApi.SyncWhenAsync(client, pushedLead, CrmApi.Is(push.GetProperty("id").GetGuid(), "succeeded"), "the push");

        // Dated a little ahead: HubSpot's first read starts from now, and this contact must come after it.
        hubspot.AddContact(new Dictionary<string, string> { ["email"] = "Paul.Martin@Example.fr", ["firstname"] = "Paul", ["lastname"] = "Martin" },
            DateTimeOffset.UtcNow.AddSeconds(1));
        var received = await LeadsWithEmailAsync(client, "paul.martin@example.fr", found => found.Length == 1, "the contact read from HubSpot");
        var leadId = received[0].GetProperty("id").GetGuid();
        await Task.Delay(1500); // several more reads, each starting again at the last contact's millisecond

        (await LeadsWithEmailAsync(client, "paul.martin@example.fr", _ => true, "")).Length.ShouldBe(1, "a record read again is not a second lead");
        var syncs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}/crm-syncs");
        var tie = syncs.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        tie.GetProperty("trigger").GetString().ShouldBe("crm-feed");
        tie.GetProperty("remoteId").GetString().ShouldBe(hubspot.Contacts.Single(c => c.Email == "paul.martin@example.fr").Id);
        var pushedSyncs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{pushedLead}/crm-syncs");
        pushedSyncs.GetProperty("items").EnumerateArray().ShouldAllBe(s => s.GetProperty("trigger").GetString() == "manual", "the contact Modular pushed is not read back as new");
        (await client.GetStringAsync($"/api/v1/leads/{leadId}")).ShouldContain("crm.received");
    }

    [Fact]
    public async Task A_deal_won_in_pipedrive_is_recorded_on_the_lead_it_came_from_with_its_amount()
    {
        await using var pipedrive = await FakePipedriveServer.StartAsync();
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await CrmApi.CreateConnectorAsync(client, new
        {
            type = "pipedrive",
            baseUrl = pipedrive.BaseUrl.ToString(),
            credentials = new { apiToken = pipedrive.ApiToken },
            readOutcomes = true,
        });
        var leadId = await CrmApi.CreateLeadAsync(client, "won@example.fr");
        var push = await CrmApi.PushAsync(client, leadId);
        var pushed = await CrmApi.SyncWhenAsync(client, leadId, CrmApi.Is(push.GetProperty("id").GetGuid(), "succeeded"), "the push");
        var personId = long.Parse(pushed.GetProperty("remoteId").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        pipedrive.AddDeal(personId, "won", 1234.5m, "EUR", DateTimeOffset.UtcNow);
        pipedrive.AddDeal(personId + 1000, "lost", null, "EUR", DateTimeOffset.UtcNow);

        var lead = await LeadWhenAsync(client, leadId, l => l.GetProperty("outcome").ValueKind == JsonValueKind.Object, "the outcome read from Pipedrive");
        lead.GetProperty("status").GetString().ShouldBe("Won");
        lead.GetProperty("outcome").GetProperty("amountMinor").GetInt64().ShouldBe(123450);
        lead.GetProperty("outcome").GetProperty("currency").GetString().ShouldBe("EUR");
        lead.ToString().ShouldContain("crm:pipedrive");
    }

    [Fact]
    public async Task Reading_is_refused_where_the_connector_cannot_read()
    {
        await using var pipedrive = await FakePipedriveServer.StartAsync();
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        var response = await client.PostAsJsonAsync("/api/v1/crm/connectors", new
        {
            type = "pipedrive",
            baseUrl = pipedrive.BaseUrl.ToString(),
            credentials = new { apiToken = pipedrive.ApiToken },
            readLeads = true,
        });

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("readLeads")[0].GetString()!.ShouldContain("cannot read leads");
    }

    private static async Task<JsonElement[]> LeadsWithEmailAsync(HttpClient client, string email, Func<JsonElement[], bool> done, string what)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads?search={Uri.EscapeDataString(email)}");
            JsonElement[] found = [.. page.GetProperty("items").EnumerateArray().Where(l => l.GetProperty("email").GetString() == email)];
            if (done(found))
                return found;
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"Waited 30 s for {what}.");
    }

    private static async Task<JsonElement> LeadWhenAsync(HttpClient client, Guid leadId, Func<JsonElement, bool> done, string what)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var lead = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}");
            if (done(lead))
                return lead;
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"Waited 30 s for {what}.");
    }
}
