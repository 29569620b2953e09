using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Messaging.Twilio.Tests.Infrastructure;
using Modular.Sdk.Platform;

namespace Modular.Plugins.Messaging.Twilio.Tests;

public sealed class HostLoadingTests : IDisposable
{
    private const string Id = "messaging.twilio";

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_is_active_and_offers_the_twilio_channel()
    {
        using var host = new ModularHost(folders);

        var twilio = await host.EntryAsync(Id);

        twilio.Kind.ShouldBe("plugin");
        twilio.Status.ShouldBe("Active", twilio.Reason);
        var channel = host.Services.GetRequiredService<IExtensionPoints>().All<IMessageChannel>().Single(channel => channel.Key == "twilio");
        channel.Descriptor.AddressKind.ShouldBe("phone");
        channel.Descriptor.Settings.Single(setting => setting.Name == "authToken").Secret.ShouldBeTrue();
    }

    [Fact]
    public async Task A_version_that_sent_and_received_is_unloaded_when_swapped_out()
    {
        await using var twilio = await FakeTwilioServer.StartAsync();
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        await UseTheChannelAsync(host, twilio);

        var retired = await host.ReloadAndWaitForRetiredStateAsync(Id);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out Twilio plugin");
        (await host.EntryAsync(Id)).Status.ShouldBe("Active");
    }

    // Not inlined: no local of the test's own frame may keep the channel, and with it the old version, reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task UseTheChannelAsync(ModularHost host, FakeTwilioServer twilio)
    {
        var channel = host.Services.GetRequiredService<IExtensionPoints>().All<IMessageChannel>().Single(channel => channel.Key == "twilio");
        var sent = await channel.SendAsync(Connections.To(twilio), new OutboundMessage("+33612345678", "Bonjour"), CancellationToken.None);
        sent.Outcome.ShouldBe(RemoteOutcome.Created);
        var reply = await InboundRequests.SignedAsync(TwilioWebhook.IncomingMessage("+33612345678", Connections.Sender, "STOP"), twilio.AuthToken);
        var received = await channel.ReceiveAsync(Connections.To(twilio), reply, CancellationToken.None);
        received.Messages.ShouldHaveSingleItem().Intent.ShouldBe(InboundIntent.OptOut);
    }

    public void Dispose() => folders.Dispose();
}
