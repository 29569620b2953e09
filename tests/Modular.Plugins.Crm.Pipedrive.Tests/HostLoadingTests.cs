using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Crm.Pipedrive.Tests.Infrastructure;
using Modular.Sdk.Platform;

namespace Modular.Plugins.Crm.Pipedrive.Tests;

public sealed class HostLoadingTests : IDisposable
{
    private const string Id = "crm.pipedrive";

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_and_a_version_that_called_pipedrive_is_unloaded_when_swapped_out()
    {
        await using var pipedrive = await FakePipedriveServer.StartAsync();
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var entry = await host.EntryAsync(Id);
        entry.Status.ShouldBe("Active", entry.Reason);

        await UseTheConnectorAsync(host, pipedrive);
        pipedrive.Persons.ShouldHaveSingleItem();
        pipedrive.Notes.ShouldHaveSingleItem();

        var retired = await host.ReloadAndWaitForRetiredStateAsync(Id);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out Pipedrive plugin");
        (await host.EntryAsync(Id)).Status.ShouldBe("Active");
    }

    // Not inlined: the connector must not stay alive in this method's frame while the old version is collected.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task UseTheConnectorAsync(ModularHost host, FakePipedriveServer pipedrive)
    {
        var connector = host.Services.GetRequiredService<IExtensionPoints>().All<ICrmConnector>().Single(c => c.Key == "pipedrive");
        connector.ShouldBeAssignableTo<ICrmOutcomeReader>("the host finds the optional capability by testing the connector's type");
        var person = await connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne(), default);
        person.Outcome.ShouldBe(RemoteOutcome.Created, person.Message);
        (await connector.AttachReportAsync(Pushes.To(pipedrive), person.RemoteId!, new CrmReport("Qualified", 70, "Budget: 5000"), default)).Outcome.ShouldBe(RemoteOutcome.Created);
    }

    public void Dispose() => folders.Dispose();
}
