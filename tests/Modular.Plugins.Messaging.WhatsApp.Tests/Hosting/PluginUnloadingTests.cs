using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Platform;
using Modular.Sdk.Testing.Fakes.WhatsApp;
using Payloads = Modular.Sdk.Testing.Fakes.WhatsApp.WhatsAppWebhookPayloads;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Hosting;

public sealed class PluginUnloadingTests : IDisposable
{
    private const string Id = "messaging.whatsapp";
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task A_version_that_sent_and_received_is_collected_after_a_reload()
    {
        await using var meta = await FakeWhatsAppServer.StartAsync(TestAccount.PhoneNumberId, TestAccount.AccessToken);
        meta.RecipientWroteNow(TestAccount.Lead);
        using var host = new ModularHost(folders);

        (await UseTheChannelAsync(host, meta.BaseUrl)).ShouldBe(RemoteOutcome.Created);

        var retired = await host.ReloadAndWaitForRetiredStateAsync(Id);
        retired.ShouldBe("Unloaded", "the HTTP client, JSON reading and logging of the plugin must not root its load context");
    }

    // Not inlined, so no local of the test's frame keeps the old version's channel reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<RemoteOutcome> UseTheChannelAsync(ModularHost host, Uri metaUrl)
    {
        var channel = host.Services.GetRequiredService<IExtensionPoints>().All<IMessageChannel>().Single(candidate => candidate.Key == "whatsapp");
        var connection = TestAccount.Connection(metaUrl);
        var received = await channel.ReceiveAsync(connection, Inbound.SignedPost(Payloads.Body(Payloads.Entry(TestAccount.PhoneNumberId, Payloads.Text(TestAccount.Lead, "Oui")))), CancellationToken.None);
        received.Messages.ShouldHaveSingleItem();
        return (await channel.SendAsync(connection, new OutboundMessage(TestAccount.Lead, "Merci !"), CancellationToken.None)).Outcome;
    }

    public void Dispose() => folders.Dispose();
}
