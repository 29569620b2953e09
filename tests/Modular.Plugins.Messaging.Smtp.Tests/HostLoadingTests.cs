using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Sdk.Platform;

namespace Modular.Plugins.Messaging.Smtp.Tests;

public sealed class HostLoadingTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_is_active_and_offers_the_smtp_channel()
    {
        using var host = new ModularHost(folders);

        var smtp = await host.EntryAsync("messaging.smtp");
        smtp.Kind.ShouldBe("plugin");
        smtp.Status.ShouldBe("Active", smtp.Reason);
        var channel = host.Services.GetRequiredService<IExtensionPoints>().All<IMessageChannel>().Single(channel => channel.Key == "smtp");
        channel.Descriptor.AddressKind.ShouldBe("email");
        channel.Descriptor.Settings.Single(setting => setting.Name == "password").Secret.ShouldBeTrue();
    }

    [Fact]
    public async Task The_plugin_loaded_by_the_host_sends_through_a_fake_server()
    {
        using var host = new ModularHost(folders);
        await using var smtp = FakeSmtpServer.Start();
        await host.CreateOperatorClient().GetAsync("/api/v1/admin/modules");
        var channel = host.Services.GetRequiredService<IExtensionPoints>().All<IMessageChannel>().Single(channel => channel.Key == "smtp");

        var result = await channel.SendAsync(Connections.To(smtp), new OutboundMessage(Connections.Rep, "Rapport de qualification", "Prospect chaud"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        (await smtp.WaitForMessageAsync(1)).Subject.ShouldBe("Prospect chaud");
    }

    public void Dispose() => folders.Dispose();
}
