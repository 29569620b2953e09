using System.Text;
using Modular.Plugins.Messaging.Twilio.Tests.Infrastructure;

namespace Modular.Plugins.Messaging.Twilio.Tests;

public sealed class SignatureTests : IDisposable
{
    // Twilio's documented example of request validation: this URL, these POST parameters and auth token 12345 are signed
    // GvWf1cFY/Q7PnoempGyD5oXAezc= (a known answer, not something computed by the code under test).
    private const string DocumentedToken = "12345";
    private const string DocumentedSignature = "GvWf1cFY/Q7PnoempGyD5oXAezc=";
    private static readonly Uri DocumentedUrl = new("https://mycompany.com/myapp.php?foo=1&bar=2");
    private const string DocumentedBody = "CallSid=CA1234567890ABCDE&Caller=%2B14158675310&Digits=1234&From=%2B14158675310&To=%2B18005551212";

    private const string AuthToken = "9f2c6d4b1a7e4c0f8b3d5e6a7c8b9d0e";
    private readonly TwilioPluginScope plugin = new();

    [Fact]
    public async Task Twilios_documented_example_verifies()
    {
        var result = await ReceiveAsync(Request(DocumentedUrl, DocumentedBody, DocumentedSignature), DocumentedToken);

        result.Authentic.ShouldBeTrue();
    }

    [Fact]
    public void The_test_kit_signs_twilios_documented_example_as_twilio_does()
    {
        var fields = new Dictionary<string, string>
        {
            ["To"] = "+18005551212", ["From"] = "+14158675310", ["Digits"] = "1234", ["Caller"] = "+14158675310", ["CallSid"] = "CA1234567890ABCDE",
        };

        TwilioSignature.Compute(DocumentedToken, DocumentedUrl.AbsoluteUri, fields).ShouldBe(DocumentedSignature);
    }

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "CallSid=CA1234567890ABCDE&Caller=%2B14158675310&Digits=1235&From=%2B14158675310&To=%2B18005551212", DocumentedToken)]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=3", DocumentedBody, DocumentedToken)]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", DocumentedBody, DocumentedToken)]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", DocumentedBody + "&Extra=1", DocumentedToken)]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", DocumentedBody, "54321")]
    public async Task A_changed_body_url_or_token_is_rejected(string url, string body, string token)
    {
        var result = await ReceiveAsync(Request(new Uri(url), body, DocumentedSignature), token);

        result.ShouldBe(InboundResult.Rejected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all")]
    [InlineData("R3ZXZjFjRlkv")]
    public async Task A_missing_or_malformed_signature_is_rejected(string? signature)
    {
        var result = await ReceiveAsync(Request(DocumentedUrl, DocumentedBody, signature), DocumentedToken);

        result.Authentic.ShouldBeFalse();
    }

    [Fact]
    public async Task A_webhook_with_a_wrong_signature_from_the_test_kit_is_rejected()
    {
        using var request = TwilioWebhook.IncomingMessage("+33612345678", Connections.Sender, "Oui").CreateRequestWithWrongSignature(Connections.InboundUrl);

        var result = await plugin.Channel.ReceiveAsync(Connections.ForInbound(AuthToken), await InboundRequests.FromAsync(request), CancellationToken.None);

        result.Authentic.ShouldBeFalse();
        result.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Behind_a_proxy_the_public_url_twilio_called_verifies_and_the_internal_one_does_not()
    {
        var publicUrl = new Uri("https://leads.example.com/hooks/messaging/twilio/3f2a9c?tenant=acme");
        var internalUrl = new Uri("http://10.0.3.7:8080/hooks/messaging/twilio/3f2a9c?tenant=acme");
        using var request = TwilioWebhook.IncomingMessage("+33612345678", Connections.Sender, "Oui").CreateRequest(internalUrl, AuthToken, signedUrl: publicUrl);

        var asSeenPublicly = await plugin.Channel.ReceiveAsync(Connections.ForInbound(AuthToken), await InboundRequests.FromAsync(request, publicUrl), CancellationToken.None);
        var asReceived = await plugin.Channel.ReceiveAsync(Connections.ForInbound(AuthToken), await InboundRequests.FromAsync(request, internalUrl), CancellationToken.None);

        asSeenPublicly.Authentic.ShouldBeTrue();
        asSeenPublicly.Messages.ShouldHaveSingleItem().Text.ShouldBe("Oui");
        asReceived.ShouldBe(InboundResult.Rejected);
    }

    [Fact]
    public async Task A_url_configured_with_the_default_port_verifies_when_the_host_rebuilds_it_without()
    {
        var configured = new Uri("https://leads.example.com:443/hooks/messaging/twilio/3f2a9c");
        var webhook = TwilioWebhook.IncomingMessage("+33612345678", Connections.Sender, "Oui");
        var signature = TwilioSignature.Compute(AuthToken, "https://leads.example.com:443/hooks/messaging/twilio/3f2a9c", webhook.Fields);
        using var request = webhook.CreateRequest(configured, AuthToken);
        request.Headers.Remove(TwilioSignature.HeaderName);
        request.Headers.Add(TwilioSignature.HeaderName, signature);

        var result = await plugin.Channel.ReceiveAsync(Connections.ForInbound(AuthToken), await InboundRequests.FromAsync(request, new Uri("https://leads.example.com/hooks/messaging/twilio/3f2a9c")), CancellationToken.None);

        result.Authentic.ShouldBeTrue();
    }

    [Fact]
    public async Task A_get_webhook_is_signed_over_its_url_alone()
    {
        var url = new Uri("https://leads.example.com/hooks/messaging/twilio/3f2a9c?MessageSid=SM1&From=%2B33612345678&Body=Oui");
        var signature = TwilioSignature.Compute(AuthToken, url.AbsoluteUri, []);
        var request = new InboundRequest("GET", url, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [TwilioSignature.HeaderName] = signature }, ReadOnlyMemory<byte>.Empty);

        var result = await plugin.Channel.ReceiveAsync(Connections.ForInbound(AuthToken), request, CancellationToken.None);

        result.Authentic.ShouldBeTrue();
        var message = result.Messages.ShouldHaveSingleItem();
        message.From.ShouldBe("+33612345678");
        message.Text.ShouldBe("Oui");
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_rejected()
    {
        var request = Request(DocumentedUrl, DocumentedBody, DocumentedSignature, contentType: "application/json");

        var result = await ReceiveAsync(request, DocumentedToken);

        result.Authentic.ShouldBeFalse();
    }

    [Fact]
    public async Task A_connection_without_an_auth_token_rejects_everything()
    {
        var request = Request(DocumentedUrl, DocumentedBody, DocumentedSignature);
        var connection = Connections.Of(new Uri("https://api.twilio.com"), FakeTwilioServer.DefaultAccountSid, DocumentedToken, ("authToken", null));

        var result = await plugin.Channel.ReceiveAsync(connection, request, CancellationToken.None);

        result.Authentic.ShouldBeFalse();
    }

    public void Dispose() => plugin.Dispose();

    private Task<InboundResult> ReceiveAsync(InboundRequest request, string authToken) =>
        plugin.Channel.ReceiveAsync(Connections.ForInbound(authToken), request, CancellationToken.None);

    private static InboundRequest Request(Uri url, string body, string? signature, string contentType = "application/x-www-form-urlencoded")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType };
        if (signature is not null)
            headers[TwilioSignature.HeaderName] = signature;
        return new InboundRequest("POST", url, headers, Encoding.UTF8.GetBytes(body));
    }
}
