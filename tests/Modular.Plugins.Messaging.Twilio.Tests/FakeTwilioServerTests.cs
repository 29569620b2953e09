using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Modular.Plugins.Messaging.Twilio.Tests;

/// <summary>The test kit's fake behaves like Twilio where plugin and host tests rely on it.</summary>
public sealed class FakeTwilioServerTests : IAsyncLifetime
{
    private FakeTwilioServer twilio = null!;
    private readonly HttpClient client = new();

    public async Task InitializeAsync() => twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync()
    {
        client.Dispose();
        await twilio.DisposeAsync();
    }

    [Fact]
    public async Task Waiting_for_a_message_not_yet_sent_completes_when_it_arrives()
    {
        var second = twilio.WaitForMessageAsync(2);
        second.IsCompleted.ShouldBeFalse();

        (await SendAsync("+33611111111", "one")).StatusCode.ShouldBe(HttpStatusCode.Created);
        second.IsCompleted.ShouldBeFalse();
        (await SendAsync("+33622222222", "two")).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await second).Body.ShouldBe("two");
        (await twilio.WaitForMessageAsync(1)).Body.ShouldBe("one");
    }

    [Fact]
    public async Task Waiting_for_more_messages_than_arrive_says_how_many_did()
    {
        await SendAsync("+33611111111", "one");

        var timeout = await Should.ThrowAsync<TimeoutException>(twilio.WaitForMessageAsync(2, TimeSpan.FromMilliseconds(200)));

        timeout.Message.ShouldContain("accepted 1 message(s), not 2");
    }

    [Fact]
    public async Task The_answer_is_shaped_like_twilios_with_segments_as_a_string()
    {
        using var response = await SendAsync("+33611111111", new string('x', 161));

        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        answer.RootElement.GetProperty("sid").GetString().ShouldBe(twilio.Messages.ShouldHaveSingleItem().Sid);
        answer.RootElement.GetProperty("num_segments").GetString().ShouldBe("2");
        answer.RootElement.GetProperty("status").GetString().ShouldBe("queued");
        answer.RootElement.GetProperty("direction").GetString().ShouldBe("outbound-api");
    }

    [Fact]
    public async Task Another_accounts_path_is_not_found_even_with_valid_credentials()
    {
        using var response = await SendAsync("+33611111111", "Hello", path: "AC99999999999999999999999999999999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        twilio.Attempts.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_number_that_opted_in_again_is_sent_to_again()
    {
        twilio.OptOut("+33611111111");
        (await SendAsync("+33611111111", "Hello")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        twilio.OptIn("+33611111111");

        (await SendAsync("+33611111111", "Hello")).StatusCode.ShouldBe(HttpStatusCode.Created);
        twilio.Attempts.Select(attempt => attempt.ErrorCode).ShouldBe([21610, null]);
    }

    [Theory]
    [InlineData(160, 'a', 1)]
    [InlineData(161, 'a', 2)]
    [InlineData(306, 'a', 2)]
    [InlineData(307, 'a', 3)]
    [InlineData(80, '€', 1)]
    [InlineData(81, '€', 2)]
    [InlineData(70, 'ê', 1)]
    [InlineData(71, 'ê', 2)]
    [InlineData(134, 'ê', 2)]
    [InlineData(135, 'ê', 3)]
    public void Segments_follow_gsm7_and_ucs2_limits(int length, char character, int segments) =>
        SmsSegments.Count(new string(character, length)).ShouldBe(segments);

    private async Task<HttpResponseMessage> SendAsync(string to, string body, string? path = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(twilio.BaseUrl, $"2010-04-01/Accounts/{path ?? twilio.AccountSid}/Messages.json"))
        {
            Content = new FormUrlEncodedContent([new("To", to), new("From", "+15005550006"), new("Body", body)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{twilio.AccountSid}:{twilio.AuthToken}")));
        return await client.SendAsync(request);
    }
}
