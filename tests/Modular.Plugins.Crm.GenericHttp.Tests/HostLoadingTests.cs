using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Crm.GenericHttp.Tests.Infrastructure;
using Modular.Sdk.Platform;

namespace Modular.Plugins.Crm.GenericHttp.Tests;

public sealed class HostLoadingTests : IDisposable
{
    private const string Id = "crm.generichttp";

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_and_a_version_that_called_the_endpoint_with_a_template_is_unloaded_when_swapped_out()
    {
        await using var receiver = await FakeCrmReceiver.StartAsync();
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var entry = await host.EntryAsync(Id);
        entry.Status.ShouldBe("Active", entry.Reason);

        await UseTheConnectorAsync(host, receiver);
        receiver.Records.ShouldHaveSingleItem();
        receiver.Reports.ShouldHaveSingleItem().Score.ShouldBe(70);

        var retired = await host.ReloadAndWaitForRetiredStateAsync(Id);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out generic HTTP plugin");
        (await host.EntryAsync(Id)).Status.ShouldBe("Active");
    }

    // Not inlined: the connector must not stay alive in this method's frame while the old version is collected. The
    // report goes through a template so that filling one is part of what must not pin the plugin.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task UseTheConnectorAsync(ModularHost host, FakeCrmReceiver receiver)
    {
        var connector = host.Services.GetRequiredService<IExtensionPoints>().All<ICrmConnector>().Single(c => c.Key == "http");
        var template = new Dictionary<string, string>
        {
            ["reportTemplate"] = """{"recordId":"{{recordId}}","verdict":"{{report.verdict}}","score":"{{report.score}}","text":"{{report.text}}"}""",
        };
        var record = await connector.UpsertLeadAsync(Pushes.To(receiver), Pushes.Jeanne(), default);
        record.Outcome.ShouldBe(RemoteOutcome.Created, record.Message);
        var report = await connector.AttachReportAsync(Pushes.To(receiver, settings: template), record.RemoteId!, new CrmReport("Qualified", 70, "Budget: 5000"), default);
        report.Outcome.ShouldBe(RemoteOutcome.Created, report.Message);
    }

    public void Dispose() => folders.Dispose();
}
