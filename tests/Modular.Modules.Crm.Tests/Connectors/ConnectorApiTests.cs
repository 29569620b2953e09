using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Tests.Infrastructure;
using Modular.Sdk.Network;

namespace Modular.Modules.Crm.Tests.Connectors;

public sealed class ConnectorApiTests(CrmHost shared) : IClassFixture<CrmHost>, IAsyncLifetime
{
    private FakeHubSpotServer hubspot = null!;

    public async Task InitializeAsync() => hubspot = await FakeHubSpotServer.StartAsync();

    public async Task DisposeAsync() => await hubspot.DisposeAsync();

    [Fact]
    public async Task A_connector_names_its_credentials_but_no_answer_ever_contains_the_token()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        var response = await client.PostAsJsonAsync("/api/v1/crm/connectors", CrmApi.HubSpot(hubspot, syncOn: ["hot", "Qualified"]));
        var created = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, created);
        var connector = JsonSerializer.Deserialize<JsonElement>(created);
        var id = connector.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/crm/connectors/{id}");
        connector.GetProperty("credentialsSet").EnumerateArray().Select(c => c.GetString()).ShouldBe(["accessToken"]);
        connector.GetProperty("syncOn").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Hot", "Qualified"]);
        connector.GetProperty("fieldMapping").GetProperty("answers.budget").GetString().ShouldBe("budget");

        var listed = await client.GetStringAsync("/api/v1/crm/connectors");
        var shown = await client.GetStringAsync($"/api/v1/crm/connectors/{id}");
        foreach (var text in new[] { created, listed, shown })
            text.ShouldNotContain(hubspot.AccessToken);
        var tested = await client.PostAsync($"/api/v1/crm/connectors/{id}/test", null);
        (await tested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean().ShouldBeTrue("the stored token is decrypted for the call");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/crm/types")).GetProperty("types").EnumerateArray().Select(t => t.GetString()).ShouldContain("hubspot");
    }

    [Fact]
    public async Task A_bad_connector_is_refused_field_by_field_and_nothing_is_stored()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        var response = await client.PostAsJsonAsync("/api/v1/crm/connectors", new
        {
            type = "no-such-crm",
            baseUrl = "not a url",
            credentials = new Dictionary<string, string>(),
            syncOn = new[] { "Lukewarm" },
            fieldMapping = new Dictionary<string, string> { ["shoeSize"] = "shoe" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe(["baseUrl", "credentials", "fieldMapping", "syncOn", "type"]);
        errors.GetProperty("type")[0].GetString()!.ShouldContain("hubspot", Case.Sensitive, "the error lists the types this server runs");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/crm/connectors")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Another_tenants_connector_answers_404_and_a_deleted_one_is_gone()
    {
        var owner = (await shared.NewTenantAsync()).Client(shared.Host);
        var stranger = (await shared.NewTenantAsync()).Client(shared.Host);
        var id = (await CrmApi.CreateConnectorAsync(owner, CrmApi.HubSpot(hubspot))).GetProperty("id").GetGuid();

        (await stranger.GetAsync($"/api/v1/crm/connectors/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/v1/crm/connectors/{id}/test", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.DeleteAsync($"/api/v1/crm/connectors/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetFromJsonAsync<JsonElement>("/api/v1/crm/connectors")).GetProperty("items").GetArrayLength().ShouldBe(0);

        (await owner.DeleteAsync($"/api/v1/crm/connectors/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.GetAsync($"/api/v1/crm/connectors/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void A_base_url_into_the_servers_network_is_refused_unless_the_operator_allows_private_targets()
    {
        var refused = new Dictionary<string, string[]>();
        var allowed = new Dictionary<string, string[]>();

        ConnectorRules.CheckBaseUrl("https://127.0.0.1:8443/", new OutboundRules(), refused);
        ConnectorRules.CheckBaseUrl("https://127.0.0.1:8443/", new OutboundRules(AllowPrivateTargets: true), allowed);

        refused["baseUrl"].ShouldHaveSingleItem().ShouldContain("AllowPrivateTargets");
        allowed.ShouldBeEmpty();
    }
}
