using System.Net;
using System.Net.Http.Headers;
using Modular.Modules.Messaging.Tests.Channels;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Modules.Messaging.Tests.Hooks;

public sealed class ProxiedHookTests : IDisposable
{
    private const string Balancer = "10.0.0.5";
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task Behind_a_trusted_proxy_the_signature_covers_the_https_url_twilio_called_and_nobody_else_can_claim_it()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:TrustedProxies:0"] = Balancer });
        await using var twilio = await FakeTwilioServer.StartAsync();
        var tenant = await TestTenant.CreateAsync(host, "Acme");
        using var viaBalancer = ClientFrom(host, Balancer);
        viaBalancer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.ApiKey);
        var channel = await MessagingApi.CreateChannelAsync(viaBalancer, TwilioChannels.Body(twilio));
        var publicUrl = TwilioChannels.InboundUrl(channel);
        var webhook = TwilioWebhook.IncomingMessage(MessagingApi.NewPhone(), TwilioChannels.OwnNumber, "Oui");
        using var stranger = ClientFrom(host, "203.0.113.7");

        var proxied = await webhook.PostAsync(viaBalancer, new Uri($"http://localhost{publicUrl.AbsolutePath}"), twilio.AuthToken, signedUrl: publicUrl);
        var claimed = await webhook.PostAsync(stranger, new Uri($"http://localhost{publicUrl.AbsolutePath}"), twilio.AuthToken, signedUrl: publicUrl);

        publicUrl.Scheme.ShouldBe("https", "the client configured the channel through the balancer, which terminates TLS");
        proxied.StatusCode.ShouldBe(HttpStatusCode.OK, await proxied.Content.ReadAsStringAsync());
        claimed.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a caller that is not a trusted proxy cannot say the URL was https");
        (await HostTables.MessagesAsync(host, tenant.Id)).ShouldHaveSingleItem();
    }

    private static HttpClient ClientFrom(ModularHost host, string address)
    {
        var client = new HttpClient(host.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(address))) { BaseAddress = host.Server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");
        return client;
    }

    public void Dispose() => folders.Dispose();
}
