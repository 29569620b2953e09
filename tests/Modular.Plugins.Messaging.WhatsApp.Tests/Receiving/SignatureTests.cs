using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Testing.Fakes.WhatsApp;
using Payloads = Modular.Sdk.Testing.Fakes.WhatsApp.WhatsAppWebhookPayloads;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Receiving;

public sealed class SignatureTests
{
    private static readonly string EscapedUnicodeBody = Payloads.Body(Payloads.Entry(TestAccount.PhoneNumberId, Payloads.Text(TestAccount.Lead, "Très intéressé 👍, c'est pour l'été")));

    [Fact]
    public async Task The_signature_is_checked_over_the_raw_bytes_even_when_reserialising_the_json_would_change_them()
    {
        var raw = Encoding.UTF8.GetBytes(EscapedUnicodeBody);
        var reserialised = JsonSerializer.SerializeToUtf8Bytes(JsonDocument.Parse(raw).RootElement, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        EscapedUnicodeBody.ShouldContain("\\u00E9", Case.Insensitive);
        reserialised.ShouldNotBe(raw);

        var signedRaw = await Inbound.Channel.ReceiveAsync(Inbound.Post(raw, WhatsAppWebhookSignature.Sign(TestAccount.AppSecret, raw)));
        var signedOverReserialised = await Inbound.Channel.ReceiveAsync(Inbound.Post(raw, WhatsAppWebhookSignature.Sign(TestAccount.AppSecret, reserialised)));

        signedRaw.Authentic.ShouldBeTrue();
        signedRaw.Messages.ShouldHaveSingleItem().Text.ShouldBe("Très intéressé 👍, c'est pour l'été");
        signedOverReserialised.ShouldBe(InboundResult.Rejected);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_rejected()
    {
        var body = Payloads.Body(Payloads.Entry(TestAccount.PhoneNumberId, Payloads.Text(TestAccount.Lead, "Oui")));
        var signature = WhatsAppWebhookSignature.Sign(TestAccount.AppSecret, Encoding.UTF8.GetBytes(body));
        var tampered = Encoding.UTF8.GetBytes(body.Replace("\"Oui\"", "\"Non\"", StringComparison.Ordinal));

        var result = await Inbound.Channel.ReceiveAsync(Inbound.Post(tampered, signature));

        result.ShouldBe(InboundResult.Rejected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz-not-hex")]
    [InlineData("sha1=0123456789abcdef0123456789abcdef01234567")]
    public async Task A_missing_or_malformed_signature_is_rejected(string? signature)
    {
        var result = await Inbound.Channel.ReceiveAsync(Inbound.Post(Encoding.UTF8.GetBytes(EscapedUnicodeBody), signature));

        result.ShouldBe(InboundResult.Rejected);
    }

    [Fact]
    public async Task A_body_signed_with_another_apps_secret_is_rejected()
    {
        var result = await Inbound.Channel.ReceiveAsync(Inbound.SignedPost(EscapedUnicodeBody, appSecret: "another-app-secret"));

        result.ShouldBe(InboundResult.Rejected);
    }

    [Fact]
    public async Task Without_a_configured_app_secret_every_post_is_rejected()
    {
        var connection = TestAccount.Connection(new Uri("http://127.0.0.1:9/"), settings => settings.Remove("appSecret"));

        var result = await Inbound.Channel.ReceiveAsync(connection, Inbound.SignedPost(EscapedUnicodeBody), CancellationToken.None);

        result.Authentic.ShouldBeFalse();
    }

    [Fact]
    public async Task A_signed_request_with_another_method_is_rejected()
    {
        var signed = Inbound.SignedPost(EscapedUnicodeBody);

        var result = await Inbound.Channel.ReceiveAsync(signed with { Method = "PUT" });

        result.ShouldBe(InboundResult.Rejected);
    }
}
