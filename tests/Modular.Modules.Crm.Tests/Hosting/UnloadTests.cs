using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Crm.Tests.Infrastructure;

namespace Modular.Modules.Crm.Tests.Hosting;

public sealed class UnloadTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task After_pushing_a_lead_a_swapped_out_crm_version_is_collected_and_its_successor_pushes()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        await using var hubspot = await FakeHubSpotServer.StartAsync();
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var connectorId = (await CrmApi.CreateConnectorAsync(client, CrmApi.HubSpot(hubspot))).GetProperty("id").GetGuid();
        (await client.PostAsync($"/api/v1/crm/connectors/{connectorId}/test", null)).EnsureSuccessStatusCode();
        var first = await CrmApi.CreateLeadAsync(client, "first@example.fr");
        var push = await CrmApi.PushAsync(client, first);
        await CrmApi.SyncWhenAsync(client, first, CrmApi.Is(push.GetProperty("id").GetGuid(), "succeeded"), "the push before the swap");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/crm/syncs")).GetProperty("items").GetArrayLength().ShouldBe(1);

        var retired = await host.ReloadAndWaitForRetiredStateAsync("crm");

        retired.ShouldBe("Unloaded", "nothing outside the old version may keep its types: no static cache, handler, job or task");
        var second = await CrmApi.CreateLeadAsync(client, "second@example.fr", "+33698765432");
        var again = await CrmApi.PushAsync(client, second);
        await CrmApi.SyncWhenAsync(client, second, CrmApi.Is(again.GetProperty("id").GetGuid(), "succeeded"), "the push after the swap");
        hubspot.Contacts.Count.ShouldBe(2);
    }

    public void Dispose() => folders.Dispose();
}
