using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Crm.HubSpot.Tests.Infrastructure;
using Modular.Sdk.Platform;

namespace Modular.Plugins.Crm.HubSpot.Tests;

public sealed class HostLoadingTests : IDisposable
{
    private const string Id = "crm.hubspot";

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_and_a_version_that_called_hubspot_is_unloaded_when_swapped_out()
    {
        await using var hubspot = await FakeHubSpotServer.StartAsync();
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var entry = await host.EntryAsync(Id);
        entry.Status.ShouldBe("Active", entry.Reason);

        await UseTheConnectorAsync(host, hubspot);
        hubspot.Contacts.ShouldHaveSingleItem();

        var retired = await host.ReloadAndWaitForRetiredStateAsync(Id);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out HubSpot plugin");
        (await host.EntryAsync(Id)).Status.ShouldBe("Active");
    }

    // Not inlined: the connector must not stay alive in this method's frame while the old version is collected.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task UseTheConnectorAsync(ModularHost host, FakeHubSpotServer hubspot)
    {
        var connector = host.Services.GetRequiredService<IExtensionPoints>().All<ICrmConnector>().Single(c => c.Key == "hubspot");
        connector.ShouldBeAssignableTo<ICrmLeadFeed>("the host finds the optional capability by testing the connector's type");
        var contact = await connector.UpsertLeadAsync(Leads.To(hubspot), Leads.Jeanne(), default);
        contact.Outcome.ShouldBe(RemoteOutcome.Created, contact.Message);
        (await connector.AttachReportAsync(Leads.To(hubspot), contact.RemoteId!, new CrmReport("Qualified", 70, "Budget: 5000"), default)).Outcome.ShouldBe(RemoteOutcome.Created);
    }

    public void Dispose() => folders.Dispose();
}
