using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Crm.Salesforce.Tests.Infrastructure;
using Modular.Sdk.Platform;

namespace Modular.Plugins.Crm.Salesforce.Tests;

public sealed class HostLoadingTests : IDisposable
{
    private const string Id = "crm.salesforce";

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_and_a_version_that_called_salesforce_is_unloaded_when_swapped_out()
    {
        await using var salesforce = await FakeSalesforceServer.StartAsync();
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var entry = await host.EntryAsync(Id);
        entry.Status.ShouldBe("Active", entry.Reason);

        await UseTheConnectorAsync(host, salesforce);
        salesforce.Leads.ShouldHaveSingleItem();
        salesforce.Tasks.ShouldHaveSingleItem();

        var retired = await host.ReloadAndWaitForRetiredStateAsync(Id);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out Salesforce plugin");
        (await host.EntryAsync(Id)).Status.ShouldBe("Active");
    }

    // Not inlined: the connector must not stay alive in this method's frame while the old version is collected.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task UseTheConnectorAsync(ModularHost host, FakeSalesforceServer salesforce)
    {
        var connector = host.Services.GetRequiredService<IExtensionPoints>().All<ICrmConnector>().Single(c => c.Key == "salesforce");
        var lead = await connector.UpsertLeadAsync(Leads.To(salesforce), Leads.Jeanne(), default);
        lead.Outcome.ShouldBe(RemoteOutcome.Created, lead.Message);
        var task = await connector.AttachReportAsync(Leads.To(salesforce), lead.RemoteId!, new CrmReport("Qualified", 70, "Budget: 5000"), default);
        task.Outcome.ShouldBe(RemoteOutcome.Created, task.Message);
    }

    public void Dispose() => folders.Dispose();
}
