using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Platform;
using Modular.Sdk.Testing.Fakes.WhatsApp;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Hosting;

public sealed class PluginLoadingTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_as_an_active_plugin_whose_channel_sends()
    {
        await using var meta = await FakeWhatsAppServer.StartAsync(TestAccount.PhoneNumberId, TestAccount.AccessToken);
        meta.RecipientWroteNow(TestAccount.Lead);
        using var host = new ModularHost(folders);

        var entry = await host.EntryAsync("messaging.whatsapp");
        var channel = host.Services.GetRequiredService<IExtensionPoints>().All<IMessageChannel>().Single(candidate => candidate.Key == "whatsapp");
        var sent = await channel.SendAsync(TestAccount.Connection(meta.BaseUrl), new OutboundMessage(TestAccount.Lead, "Bonjour depuis l'hôte"), CancellationToken.None);

        entry.Kind.ShouldBe("plugin");
        entry.Status.ShouldBe("Active", entry.Reason);
        // The channel came from the plugin's own load context, not from the copy these tests compile against.
        channel.GetType().Assembly.ShouldNotBeSameAs(typeof(WhatsAppChannel).Assembly);
        sent.Outcome.ShouldBe(RemoteOutcome.Created, sent.Message);
        (await meta.WaitForMessageAsync(1)).Text.ShouldBe("Bonjour depuis l'hôte");
    }

    public void Dispose() => folders.Dispose();
}
