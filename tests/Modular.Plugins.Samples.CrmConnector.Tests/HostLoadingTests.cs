using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;
using Modular.Sdk.Platform;

namespace Modular.Plugins.Samples.CrmConnector.Tests;

/// <summary>The built plugin in the real host: it loads from plugins/samples.crmconnector/, and a swapped-out version unloads.</summary>
public sealed class HostLoadingTests : IDisposable
{
    private const string Id = "samples.crmconnector";

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_and_a_version_that_called_the_crm_is_unloaded_when_swapped_out()
    {
        await using var crm = await FakeSampleCrm.StartAsync();
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var entry = await host.EntryAsync(Id);
        entry.Status.ShouldBe("Active", entry.Reason);

        await PushALeadAsync(host, crm);
        crm.Notes.ShouldHaveSingleItem();

        var retired = await host.ReloadAndWaitForRetiredStateAsync(Id);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out sample CRM plugin");
        (await host.EntryAsync(Id)).Status.ShouldBe("Active");
    }

    // Not inlined: the connector must not stay alive in this method's frame while the old version is collected.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task PushALeadAsync(ModularHost host, FakeSampleCrm crm)
    {
        var connector = host.Services.GetRequiredService<IExtensionPoints>().All<ICrmConnector>().Single(c => c.Key == "samplecrm");
        var connection = new CrmConnection(crm.BaseUrl, crm.AcceptedSettings);
        var contact = await connector.UpsertLeadAsync(connection, Leads.Jeanne(), default);
        contact.Outcome.ShouldBe(RemoteOutcome.Created, contact.Message);
        var note = await connector.AttachReportAsync(connection, contact.RemoteId!, new CrmReport("Qualified", 70, "Budget: 5000"), default);
        note.Outcome.ShouldBe(RemoteOutcome.Created, note.Message);
    }

    public void Dispose() => folders.Dispose();
}
