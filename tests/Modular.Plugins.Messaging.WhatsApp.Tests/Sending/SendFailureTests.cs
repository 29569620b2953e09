using System.Net;
using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Extensions;
using Modular.Sdk.Testing.Fakes.WhatsApp;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Sending;

public sealed class SendFailureTests
{
    [Fact]
    public async Task Free_text_to_a_lead_who_never_wrote_is_refused_with_131047_and_the_template_then_goes_through()
    {
        await using var test = await ChannelUnderTest.StartAsync();

        var freeText = await test.SendAsync("Bonjour Marie");
        var template = await test.SendAsync("Bonjour Marie", outsideWindow: true);

        freeText.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        freeText.ErrorCode.ShouldBe("131047");
        freeText.RecipientOptedOut.ShouldBeFalse();
        template.Outcome.ShouldBe(RemoteOutcome.Created, template.Message);
        test.Meta.Messages.ShouldHaveSingleItem().Type.ShouldBe("template");
    }

    [Theory]
    [InlineData(23, RemoteOutcome.Created)]
    [InlineData(25, RemoteOutcome.PermanentFailure)]
    public async Task Free_text_goes_through_only_within_24_hours_of_the_leads_last_message(int hoursAgo, RemoteOutcome expected)
    {
        await using var test = await ChannelUnderTest.StartAsync();
        test.Meta.RecipientWrote(TestAccount.Lead, DateTimeOffset.UtcNow.AddHours(-hoursAgo));

        var result = await test.SendAsync("Merci, une dernière question");

        result.Outcome.ShouldBe(expected, result.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Rate_limits_and_server_errors_are_retryable_and_the_retry_succeeds(HttpStatusCode status)
    {
        await using var test = await ChannelUnderTest.StartAsync();
        test.Meta.RecipientWroteNow(TestAccount.Lead);
        test.Meta.FailNext(1, status);

        var first = await test.SendAsync("Bonjour");
        var retry = await test.SendAsync("Bonjour");

        first.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        retry.Outcome.ShouldBe(RemoteOutcome.Created, retry.Message);
        test.Meta.Messages.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_rate_limit_with_retry_after_says_how_long_to_wait()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        test.Meta.RecipientWroteNow(TestAccount.Lead);
        test.Meta.FailNext(1, HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(42));

        var result = await test.SendAsync("Bonjour");

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        result.ErrorCode.ShouldBe("130429");
        result.RetryAfter.ShouldBe(TimeSpan.FromSeconds(42));
    }

    [Fact]
    public async Task A_send_meta_does_not_answer_in_time_is_retryable()
    {
        await using var test = await ChannelUnderTest.StartAsync(timeout: TimeSpan.FromMilliseconds(300));
        test.Meta.RecipientWroteNow(TestAccount.Lead);
        test.Meta.HangNext(1);

        var result = await test.SendAsync("Bonjour");

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        test.Meta.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unreachable_server_is_retryable()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        var closed = await FakeWhatsAppServer.StartAsync(TestAccount.PhoneNumberId, TestAccount.AccessToken);
        var closedUrl = closed.BaseUrl;
        await closed.DisposeAsync();

        var result = await test.SendAsync("Bonjour", connection: TestAccount.Connection(closedUrl));

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
    }
}
