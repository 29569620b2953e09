using System.Net.Http.Json;
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
        var admin = host.CreateOperatorClient();

        (await UseTheChannelAsync(host, meta.BaseUrl)).ShouldBe(RemoteOutcome.Created);
        (await admin.PostAsync($"/api/v1/admin/modules/{Id}/reload", null)).EnsureSuccessStatusCode();

        var retired = await RetiredVersionOnceSettledAsync(admin);
        retired.Status.ShouldBe("Unloaded", "the HTTP client, JSON reading and logging of the plugin must not root its load context");
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

    /// <summary>Polls the admin API until the retired version is collected, or the host's own collections have long finished.</summary>
    private static async Task<RetiredEntry> RetiredVersionOnceSettledAsync(HttpClient admin)
    {
        RetiredEntry? retired = null;
        for (var attempt = 0; attempt < 50 && retired?.Status != "Unloaded"; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
            var modules = await admin.GetFromJsonAsync<ModuleEntry[]>("/api/v1/admin/modules");
            retired = modules!.Single(m => m.Id == Id).Retired.LastOrDefault();
        }

        return retired.ShouldNotBeNull();
    }

    public void Dispose() => folders.Dispose();

    private sealed record ModuleEntry(string Id, RetiredEntry[] Retired);

    private sealed record RetiredEntry(string Version, string Status);
}
