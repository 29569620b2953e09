using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Tests.Channels;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Modules.Messaging.Tests.Hosting;

public sealed class UnloadTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task After_serving_every_use_case_a_swapped_out_messaging_version_is_collected_and_its_successor_serves()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        await using var twilio = await FakeTwilioServer.StartAsync();
        var tenant = await TestTenant.CreateAsync(host, "Acme");
        var client = tenant.Client(host);
        var inbound = TwilioChannels.InboundUrl(await MessagingApi.CreateChannelAsync(client, TwilioChannels.Body(twilio)));
        (await client.GetAsync("/api/v1/channels/types")).EnsureSuccessStatusCode();
        var leadId = Guid.NewGuid();
        var phone = MessagingApi.NewPhone();
        (await MessagingApi.SendAsync(host, new SendMessage(tenant.Id, leadId, phone, "Bonjour", $"k/{Guid.NewGuid()}"))).Status.ShouldBe(SendStatus.Sent);
        (await twilio.PostStatusAsync(host.CreateClient(), await twilio.WaitForMessageAsync(1), "delivered")).EnsureSuccessStatusCode();
        (await TwilioWebhook.IncomingMessage(phone, TwilioChannels.OwnNumber, "Oui").PostAsync(host.CreateClient(), inbound, twilio.AuthToken)).EnsureSuccessStatusCode();
        (await MessagingApi.PlayReplyAsync(client, leadId, "STOP")).EnsureSuccessStatusCode();
        (await MessagingApi.SuppressAsync(host, new SuppressAddress(tenant.Id, MessagingApi.NewPhone(), null, "test"))).ShouldBeTrue();
        await MessagingApi.LeadMessagesAsync(client, leadId);

        (await host.CreateOperatorClient().PostAsync("/api/v1/admin/modules/messaging/reload", null)).EnsureSuccessStatusCode();

        (await RetiredStatusAsync(host)).ShouldBe("Unloaded", "nothing outside the old version may keep its types: no static cache, handler or task");
        (await MessagingApi.SendAsync(host, new SendMessage(tenant.Id, null, MessagingApi.NewPhone(), "Toujours là", $"k/{Guid.NewGuid()}"))).Status.ShouldBe(SendStatus.Sent);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/channels")).GetArrayLength().ShouldBe(1);
        (await MessagingApi.PlayReplyAsync(client, Guid.NewGuid(), "Oui")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Collects (the host runs in this process) until the retired version is gone, or gives its last status.</summary>
    private static async Task<string?> RetiredStatusAsync(ModularHost host)
    {
        string? status = null;
        for (var attempt = 0; attempt < 40 && status != "Unloaded"; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
            var modules = await host.CreateOperatorClient().GetFromJsonAsync<JsonElement>("/api/v1/admin/modules");
            var messaging = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "messaging");
            status = messaging.GetProperty("retired").EnumerateArray().LastOrDefault() is { ValueKind: JsonValueKind.Object } retired
                ? retired.GetProperty("status").GetString()
                : null;
        }
        return status;
    }

    public void Dispose() => folders.Dispose();
}
