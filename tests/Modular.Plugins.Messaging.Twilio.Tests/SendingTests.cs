using System.Net;
using System.Net.Sockets;
using Modular.Plugins.Messaging.Twilio.Tests.Infrastructure;

namespace Modular.Plugins.Messaging.Twilio.Tests;

public sealed class SendingTests : IAsyncLifetime
{
    private const string Lead = "+33612345678";

    private readonly TwilioPluginScope plugin = new();
    private FakeTwilioServer twilio = null!;

    public async Task InitializeAsync() => twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync()
    {
        plugin.Dispose();
        await twilio.DisposeAsync();
    }

    [Fact]
    public async Task A_message_is_posted_with_its_sender_and_status_callback_and_answers_twilios_sid_and_segments()
    {
        var text = new string('a', 200);

        var result = await plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, text), CancellationToken.None);

        var sent = await twilio.WaitForMessageAsync(1);
        result.Outcome.ShouldBe(RemoteOutcome.Created);
        result.ProviderMessageId.ShouldBe(sent.Sid);
        result.ProviderMessageId.ShouldStartWith("SM");
        result.Segments.ShouldBe(2);
        sent.To.ShouldBe(Lead);
        sent.From.ShouldBe(Connections.Sender);
        sent.MessagingServiceSid.ShouldBeNull();
        sent.Body.ShouldBe(text);
        sent.StatusCallback.ShouldBe(Connections.InboundUrl);
    }

    [Fact]
    public async Task A_messaging_service_picks_the_sender_when_the_tenant_configured_one()
    {
        var connection = Connections.To(twilio, ("from", null), ("messagingServiceSid", "MG0123456789abcdef0123456789abcdef"));

        var result = await plugin.Channel.SendAsync(connection, new OutboundMessage(Lead, "Bonjour, êtes-vous toujours intéressé ? 😀"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.Created);
        var sent = twilio.Messages.ShouldHaveSingleItem();
        sent.MessagingServiceSid.ShouldBe("MG0123456789abcdef0123456789abcdef");
        sent.From.ShouldBeNull();
    }

    [Fact]
    public async Task A_text_outside_the_gsm_alphabet_is_counted_in_the_shorter_unicode_segments()
    {
        var text = new string('é', 100) + "😀" + new string('x', 60);

        var result = await plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, text), CancellationToken.None);

        result.Segments.ShouldBe(3);
    }

    [Fact]
    public async Task A_recipient_who_unsubscribed_is_a_permanent_failure_that_says_the_recipient_opted_out()
    {
        twilio.OptOut(Lead);

        var result = await plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, "Hello"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ErrorCode.ShouldBe("21610");
        result.RecipientOptedOut.ShouldBeTrue();
        twilio.Messages.ShouldBeEmpty();
        twilio.Attempts.ShouldHaveSingleItem().ErrorCode.ShouldBe(21610);
    }

    [Fact]
    public async Task Rate_limited_is_retryable_after_the_wait_twilio_asks_for()
    {
        twilio.RateLimitNext(1, TimeSpan.FromSeconds(7));

        var refused = await plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, "Hello"), CancellationToken.None);
        var retried = await plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, "Hello"), CancellationToken.None);

        refused.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        refused.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        refused.ErrorCode.ShouldBe("20429");
        refused.RecipientOptedOut.ShouldBeFalse();
        retried.Outcome.ShouldBe(RemoteOutcome.Created);
    }

    [Fact]
    public async Task A_server_error_is_retryable()
    {
        twilio.FailNextWithServerError(1);

        var result = await plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, "Hello"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        result.ErrorCode.ShouldBe("20500");
        result.RetryAfter.ShouldBeNull();
        twilio.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Wrong_credentials_are_a_permanent_failure_whose_reason_never_shows_the_token()
    {
        const string wrongToken = "wrong-token-0123456789";
        var connection = Connections.To(twilio, ("authToken", wrongToken));

        var result = await plugin.Channel.SendAsync(connection, new OutboundMessage(Lead, "Hello"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ErrorCode.ShouldBe("20003");
        result.Message.ShouldNotBeNull().ShouldContain("401");
        result.Message.ShouldNotContain(wrongToken);
        result.RecipientOptedOut.ShouldBeFalse();
        twilio.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_refusal_is_permanent_with_twilios_code()
    {
        var result = await plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage("", "Hello"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ErrorCode.ShouldBe("21604");
        result.Message.ShouldNotBeNull().ShouldContain("'To' phone number is required");
    }

    [Theory]
    [InlineData("from", "messagingServiceSid")]
    [InlineData("authToken", "authToken")]
    [InlineData("accountSid", "accountSid")]
    public async Task A_connection_missing_a_setting_is_refused_before_calling_twilio_naming_the_setting(string removed, string named)
    {
        var connection = Connections.To(twilio, (removed, null));

        var result = await plugin.Channel.SendAsync(connection, new OutboundMessage(Lead, "Hello"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain(named);
        twilio.Attempts.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unreachable_twilio_is_retryable()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var connection = Connections.Of(new Uri($"http://127.0.0.1:{port}/"), twilio.AccountSid, twilio.AuthToken);

        var result = await plugin.Channel.SendAsync(connection, new OutboundMessage(Lead, "Hello"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        result.Message.ShouldNotBeNull().ShouldContain("could not be reached");
    }

    [Fact]
    public async Task A_twilio_that_does_not_answer_in_time_is_retryable()
    {
        using var impatient = new TwilioPluginScope(new Dictionary<string, string?> { ["RequestTimeoutSeconds"] = "0.5" });
        twilio.StallNext(1);

        var result = await impatient.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, "Hello"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        result.Message.ShouldNotBeNull().ShouldContain("did not answer");
    }

    [Fact]
    public async Task The_caller_cancelling_is_not_reported_as_a_provider_failure()
    {
        twilio.StallNext(1);
        using var cancellation = new CancellationTokenSource();
        var sending = plugin.Channel.SendAsync(Connections.To(twilio), new OutboundMessage(Lead, "Hello"), cancellation.Token);
        await WaitUntilAsync(() => twilio.Attempts.Count == 1);

        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(sending);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
            await Task.Delay(10, limit.Token);
    }
}
