using Modular.Plugins.Messaging.Twilio.Tests.Infrastructure;

namespace Modular.Plugins.Messaging.Twilio.Tests;

public sealed class InboundTests : IDisposable
{
    private const string AuthToken = "5b1e0c9d8a7f6e5d4c3b2a1908f7e6d5";
    private const string Lead = "+33612345678";
    private const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private readonly TwilioPluginScope plugin = new();

    [Fact]
    public async Task An_incoming_message_is_read_with_its_sid_sender_and_text_and_answered_with_empty_twiml()
    {
        var webhook = TwilioWebhook.IncomingMessage(Lead, Connections.Sender, "Oui, dans 3 mois", messageSid: "SM0123456789abcdef0123456789abcdef");

        var result = await ReceiveAsync(webhook);

        result.Authentic.ShouldBeTrue();
        var message = result.Messages.ShouldHaveSingleItem();
        message.ProviderMessageId.ShouldBe("SM0123456789abcdef0123456789abcdef");
        message.From.ShouldBe(Lead);
        message.Text.ShouldBe("Oui, dans 3 mois");
        message.Intent.ShouldBe(InboundIntent.Message);
        result.Statuses.ShouldBeEmpty();
        result.ResponseBody.ShouldBe(EmptyTwiml);
        result.ResponseContentType.ShouldBe("text/xml");
    }

    [Theory]
    [InlineData("STOP", "STOP", InboundIntent.OptOut)]
    [InlineData("arret", "STOP", InboundIntent.OptOut)]
    [InlineData("START", "START", InboundIntent.OptIn)]
    [InlineData("HELP", "HELP", InboundIntent.Message)]
    public async Task Twilios_opt_out_type_says_what_the_message_means(string body, string optOutType, InboundIntent intent)
    {
        var result = await ReceiveAsync(TwilioWebhook.IncomingMessage(Lead, Connections.Sender, body, optOutType: optOutType));

        result.Messages.ShouldHaveSingleItem().Intent.ShouldBe(intent);
    }

    [Theory]
    [InlineData("stop", InboundIntent.OptOut)]
    [InlineData(" Unsubscribe ", InboundIntent.OptOut)]
    [InlineData("STOPALL", InboundIntent.OptOut)]
    [InlineData("Quit.", InboundIntent.OptOut)]
    [InlineData("unstop", InboundIntent.OptIn)]
    [InlineData("Start", InboundIntent.OptIn)]
    [InlineData("stop writing to me", InboundIntent.Message)]
    [InlineData("yes", InboundIntent.Message)]
    public async Task Without_advanced_opt_out_twilios_default_keywords_still_mean_what_twilio_did_with_them(string body, InboundIntent intent)
    {
        var result = await ReceiveAsync(TwilioWebhook.IncomingMessage(Lead, Connections.Sender, body));

        result.Messages.ShouldHaveSingleItem().Intent.ShouldBe(intent);
    }

    [Fact]
    public async Task A_status_callback_is_read_as_a_delivery_status_with_its_error_code()
    {
        var result = await ReceiveAsync(TwilioWebhook.StatusCallback("SM0123456789abcdef0123456789abcdef", "undelivered", Connections.Sender, Lead, errorCode: "30003"));

        result.Authentic.ShouldBeTrue();
        result.Messages.ShouldBeEmpty();
        var status = result.Statuses.ShouldHaveSingleItem();
        status.ProviderMessageId.ShouldBe("SM0123456789abcdef0123456789abcdef");
        status.Status.ShouldBe("undelivered");
        status.ErrorCode.ShouldBe("30003");
        result.ResponseBody.ShouldBe(EmptyTwiml);
    }

    [Fact]
    public async Task A_delivered_status_has_no_error_code()
    {
        var result = await ReceiveAsync(TwilioWebhook.StatusCallback("SMfedcba9876543210fedcba9876543210", "delivered", Connections.Sender, Lead));

        var status = result.Statuses.ShouldHaveSingleItem();
        status.Status.ShouldBe("delivered");
        status.ErrorCode.ShouldBeNull();
    }

    [Fact]
    public async Task A_status_callback_of_a_message_the_fake_accepted_reaches_the_callback_url_signed()
    {
        await using var twilio = await FakeTwilioServer.StartAsync();
        await plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, "Hello"), CancellationToken.None);
        var sent = await twilio.WaitForMessageAsync(1);
        using var callbackCatcher = new CatchingHandler();
        using var client = new HttpClient(callbackCatcher);

        await twilio.PostStatusAsync(client, sent, "delivered");

        var request = await InboundRequests.FromAsync(callbackCatcher.Caught.ShouldNotBeNull());
        var result = await plugin.Channel.ReceiveAsync(Connections.To(twilio), request, CancellationToken.None);
        result.Statuses.ShouldHaveSingleItem().ShouldBe(new DeliveryStatus(sent.Sid, "delivered"));
    }

    [Fact]
    public async Task A_signed_request_carrying_no_message_is_authentic_and_stores_nothing()
    {
        var webhook = TwilioWebhook.IncomingMessage(Lead, Connections.Sender, "Oui").With("MessageSid", "").With("SmsSid", "");

        var result = await ReceiveAsync(webhook);

        result.Authentic.ShouldBeTrue();
        result.Messages.ShouldBeEmpty();
        result.Statuses.ShouldBeEmpty();
    }

    public void Dispose() => plugin.Dispose();

    private async Task<InboundResult> ReceiveAsync(TwilioWebhook webhook) =>
        await plugin.Channel.ReceiveAsync(Connections.ForInbound(AuthToken), await InboundRequests.SignedAsync(webhook, AuthToken), CancellationToken.None);

    /// <summary>Keeps the request a webhook sender made, with its body, instead of sending it anywhere.</summary>
    private sealed class CatchingHandler : HttpMessageHandler
    {
        public HttpRequestMessage? Caught { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = new ByteArrayContent(await request.Content!.ReadAsByteArrayAsync(cancellationToken)) };
            foreach (var header in request.Headers)
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            foreach (var header in request.Content.Headers)
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            Caught = copy;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        }
    }
}
