using System.Net.Http.Json;
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

        var twilio = await GetEntryAsync(host);

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

        (await host.CreateOperatorClient().PostAsync($"/api/v1/admin/modules/{Id}/reload", null)).EnsureSuccessStatusCode();

        var retired = await WaitForRetiredStateAsync(host);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out Twilio plugin");
        (await GetEntryAsync(host)).Status.ShouldBe("Active");
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

    // The host collects after retiring a version; this polls its verdict, collecting too, until it settles.
    private static async Task<string?> WaitForRetiredStateAsync(ModularHost host)
    {
        string? state = null;
        for (var attempt = 0; attempt < 30 && state != "Unloaded"; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
            state = (await GetEntryAsync(host)).Retired.SingleOrDefault()?.Status;
        }
        return state;
    }

    private static async Task<ModuleEntry> GetEntryAsync(ModularHost host) =>
        (await host.CreateOperatorClient().GetFromJsonAsync<ModuleEntry[]>("/api/v1/admin/modules")).ShouldNotBeNull().Single(module => module.Id == Id);

    public void Dispose() => folders.Dispose();

    private sealed record ModuleEntry(string Id, string Kind, string Status, string? Reason, RetiredEntry[] Retired);

    private sealed record RetiredEntry(string Version, string Status);
}
