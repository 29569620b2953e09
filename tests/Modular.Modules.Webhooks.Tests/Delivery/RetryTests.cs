using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Delivery;

/// <summary>
/// Each endpoint here subscribes to lead.received only, and one lead is posted: the receiver's scripted answers then
/// all go to that one message's attempts, not to whatever other event happens to arrive first.
/// </summary>
public sealed class RetryTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    // The sender may count Retry-After from the moment it sent, a moment before the receiver noted the arrival.
    private static readonly TimeSpan MeasurementSlack = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Server_errors_are_retried_with_the_same_id_until_the_partner_accepts()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(ReceiverAnswer.Status(500), ReceiverAnswer.Status(500));
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");

        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(shared.Host);

        var attempts = await receiver.WaitForAsync(3);
        attempts.Select(a => a.Id).Distinct().ShouldHaveSingleItem("a partner deduplicates retries by webhook-id");
        attempts.ShouldAllBe(a => a.Body.SequenceEqual(attempts[0].Body), "a retry resends the same message");
        foreach (var attempt in attempts)
            StandardWebhooksVerifier.Check(endpoint.Secret, attempt, DateTimeOffset.UtcNow).ShouldBe(SignatureCheck.Valid);
        var messageId = attempts[0].Id;
        var delivery = WebhooksApi.DeliveryTo(await WebhooksApi.DeliveryWhenAsync(client, messageId, endpoint.Id, "succeeded"), endpoint.Id);
        delivery.GetProperty("attempts").GetInt32().ShouldBe(3);
        delivery.GetProperty("lastStatusCode").GetInt32().ShouldBe(200);

        var recorded = (await WebhooksApi.AttemptsAsync(client, endpoint.Id)).Where(a => WebhooksApi.Text(a, "messageId") == messageId).ToList();
        recorded.Select(a => a.GetProperty("statusCode").GetInt32()).ShouldBe([200, 500, 500], "newest first");
        recorded.Select(a => a.GetProperty("attempt").GetInt32()).ShouldBe([3, 2, 1]);
        recorded.Select(a => a.GetProperty("attemptedAt").GetDateTimeOffset()).ShouldBeInOrder(SortDirection.Descending);
        recorded.ShouldAllBe(a => a.GetProperty("eventType").GetString() == "lead.received");
        recorded[^1].GetProperty("responseBody").GetString().ShouldBe("answered 500", "the partner's answer is kept to show why it failed");
    }

    [Fact]
    public async Task A_redirect_is_a_failure_that_is_retried_and_never_followed()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var elsewhere = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(ReceiverAnswer.Redirect(elsewhere.Url));
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");

        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(shared.Host);

        var attempts = await receiver.WaitForAsync(2);
        // The retry starts only after the first attempt has ended, so a followed redirect would already show here.
        elsewhere.Requests.ShouldBeEmpty("following a redirect would send the payload to a target the tenant never registered");
        attempts[1].Id.ShouldBe(attempts[0].Id);
        await WebhooksApi.DeliveryWhenAsync(client, attempts[0].Id, endpoint.Id, "succeeded");
        var recorded = (await WebhooksApi.AttemptsAsync(client, endpoint.Id)).Where(a => WebhooksApi.Text(a, "messageId") == attempts[0].Id).ToList();
        recorded.Select(a => a.GetProperty("statusCode").GetInt32()).ShouldBe([200, 302]);
    }

    [Fact]
    public async Task Retry_after_on_a_429_holds_the_next_attempt_back_beyond_the_schedule()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(ReceiverAnswer.TooManyRequests(3));
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");

        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(shared.Host);

        var attempts = await receiver.WaitForAsync(2);
        attempts[1].Id.ShouldBe(attempts[0].Id);
        // The compressed schedule alone would retry one second later; only Retry-After explains three.
        (attempts[1].ArrivedAt - attempts[0].ArrivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3) - MeasurementSlack);
        await WebhooksApi.DeliveryWhenAsync(client, attempts[0].Id, endpoint.Id, "succeeded");
    }

    [Fact]
    public async Task A_410_disables_the_endpoint_and_later_events_are_not_sent_to_it()
    {
        var client = await shared.NewClientAsync();
        await using var gone = await WebhookReceiver.StartAsync();
        await using var still = await WebhookReceiver.StartAsync();
        gone.AnswerNext(ReceiverAnswer.Status(410));
        var goneEndpoint = await WebhooksApi.CreateEndpointAsync(client, gone.Url, "lead.received");
        await WebhooksApi.CreateEndpointAsync(client, still.Url, "lead.received");
        var source = await LeadSource.CreateAsync(client);

        await source.PostNewLeadAsync(shared.Host);
        var first = (await gone.WaitForAsync(1)).Single();
        var disabled = await Eventually.ReadAsync(
            () => WebhooksApi.EndpointAsync(client, goneEndpoint.Id), e => !e.GetProperty("enabled").GetBoolean(), "the endpoint that answered 410 to be disabled");
        disabled.GetProperty("disabledReason").GetString().ShouldNotBeNullOrWhiteSpace("the tenant is told why deliveries stopped");

        await source.PostNewLeadAsync(shared.Host);
        var later = (await still.WaitForAsync(r => r.Type == "lead.received" && r.Id != first.Id, 1, "the second lead's event")).Single();

        var message = await WebhooksApi.MessageAsync(client, later.Id);
        WebhooksApi.DeliveryTo(message, goneEndpoint.Id).ValueKind.ShouldBe(JsonValueKind.Undefined, $"a disabled endpoint gets no delivery: {message}");
        gone.Requests.Count.ShouldBe(1, "410 is final: no retry, no later event");
    }
}
