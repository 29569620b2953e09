using System.Net;
using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.WhatsApp;
using Payloads = Modular.Sdk.Testing.Fakes.WhatsApp.WhatsAppWebhookPayloads;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Receiving;

/// <summary>The test kit's webhook client against an inbound URL served by the channel, as Meta would call it.</summary>
public sealed class WebhookOverHttpTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private WebhookReceiver receiver = null!;
    private WhatsAppWebhookClient meta = null!;

    public async Task InitializeAsync()
    {
        receiver = await WebhookReceiver.StartAsync(Inbound.Channel, TestAccount.Connection());
        meta = new WhatsAppWebhookClient(http, receiver.Url, TestAccount.AppSecret);
    }

    [Fact]
    public async Task A_signed_delivery_is_answered_200_with_an_empty_body_and_read()
    {
        var response = await meta.PostAsync(Payloads.Body(Payloads.Entry(TestAccount.PhoneNumberId, Payloads.Text(TestAccount.Lead, "Bonjour, oui c'est toujours d'actualité", "wamid.http"))));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        receiver.Results.ShouldHaveSingleItem().Messages.ShouldHaveSingleItem().Text.ShouldBe("Bonjour, oui c'est toujours d'actualité");
    }

    [Fact]
    public async Task Wrongly_signed_and_unsigned_deliveries_are_answered_403()
    {
        var body = Payloads.Body(Payloads.Entry(TestAccount.PhoneNumberId, Payloads.Text(TestAccount.Lead, "STOP")));

        var forged = await meta.PostWithWrongSignatureAsync(body);
        var unsigned = await meta.PostUnsignedAsync(body);

        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unsigned.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        receiver.Results.ShouldAllBe(result => !result.Authentic && result.Messages.Count == 0);
    }

    [Fact]
    public async Task The_handshake_echoes_the_challenge_for_the_right_token_only()
    {
        var right = await meta.HandshakeAsync(TestAccount.VerifyToken, "1158201444");
        var wrong = await meta.HandshakeAsync("guessed", "1158201444");

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).ShouldBe("1158201444");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        http.Dispose();
    }
}
