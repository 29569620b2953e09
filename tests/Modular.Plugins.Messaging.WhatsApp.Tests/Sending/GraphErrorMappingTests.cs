using System.Net;
using System.Text;
using Modular.Plugins.Messaging.WhatsApp.Sending;
using Modular.Sdk.Extensions;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Sending;

/// <summary>Graph API errors the fake server does not produce, read from answers shaped like Meta's.</summary>
public sealed class GraphErrorMappingTests
{
    [Theory]
    [InlineData(400, 131047, RemoteOutcome.PermanentFailure)]
    [InlineData(400, 131026, RemoteOutcome.PermanentFailure)]
    [InlineData(400, 130429, RemoteOutcome.RetryableFailure)]
    [InlineData(400, 131056, RemoteOutcome.RetryableFailure)]
    [InlineData(400, 80007, RemoteOutcome.RetryableFailure)]
    [InlineData(400, 190, RemoteOutcome.PermanentFailure)]
    [InlineData(401, 190, RemoteOutcome.PermanentFailure)]
    [InlineData(429, 4, RemoteOutcome.RetryableFailure)]
    [InlineData(500, 131000, RemoteOutcome.RetryableFailure)]
    [InlineData(503, 131016, RemoteOutcome.RetryableFailure)]
    [InlineData(400, 100, RemoteOutcome.PermanentFailure)]
    public void A_graph_error_is_retryable_only_when_meta_says_it_is_temporary(int status, int code, RemoteOutcome expected)
    {
        var body = "{\"error\":{\"message\":\"(#" + code + ") Something\",\"type\":\"OAuthException\",\"code\":" + code
            + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"Details\"},\"fbtrace_id\":\"Az8or2yhqkZfEZ-_4Qn_Bam\"}}";

        var result = SendResultReader.Read((HttpStatusCode)status, null, Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow);

        result.Outcome.ShouldBe(expected);
        result.ErrorCode.ShouldBe(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        result.Message.ShouldNotBeNull().ShouldContain("Details");
    }

    [Fact]
    public void A_recipient_who_stopped_marketing_messages_is_reported_as_opted_out()
    {
        const string body = """{"error":{"message":"(#131050) Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.","type":"OAuthException","code":131050}}""";

        var result = SendResultReader.Read(HttpStatusCode.BadRequest, null, Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.RecipientOptedOut.ShouldBeTrue();
    }

    [Fact]
    public void A_gateway_error_page_without_json_is_retryable()
    {
        var result = SendResultReader.Read(HttpStatusCode.BadGateway, null, Encoding.UTF8.GetBytes("<html>502 Bad Gateway</html>"), DateTimeOffset.UtcNow);

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        result.ErrorCode.ShouldBeNull();
    }

    [Fact]
    public void An_accepted_answer_without_a_message_id_is_not_taken_for_a_success()
    {
        var result = SendResultReader.Read(HttpStatusCode.OK, null, Encoding.UTF8.GetBytes("""{"messaging_product":"whatsapp","messages":[]}"""), DateTimeOffset.UtcNow);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ProviderMessageId.ShouldBeNull();
    }
}
