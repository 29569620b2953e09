using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Delivery;

public sealed class SignedDeliveryTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    [Fact]
    public async Task A_received_lead_reaches_the_partner_signed_in_the_standard_webhooks_envelope()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url);
        var source = await LeadSource.CreateAsync(client);

        var leadId = await source.PostNewLeadAsync(shared.Host);

        var delivery = (await receiver.WaitForTypeAsync("lead.received")).Single();
        delivery.Method.ShouldBe("POST");
        delivery.Path.ShouldBe(receiver.Url.AbsolutePath);
        delivery.Header("content-type").ShouldNotBeNull().ShouldStartWith("application/json");
        delivery.Id.ShouldStartWith("msg_");
        StandardWebhooksVerifier.Check(endpoint.Secret, delivery, DateTimeOffset.UtcNow).ShouldBe(SignatureCheck.Valid);
        var envelope = delivery.Json;
        envelope.EnumerateObject().Select(p => p.Name).ShouldBe(["type", "timestamp", "data"], ignoreOrder: true);
        envelope.GetProperty("timestamp").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        var data = envelope.GetProperty("data");
        data.GetProperty("leadId").GetGuid().ShouldBe(leadId, "the partner gets the id the intake answered");
        data.GetProperty("sourceId").GetGuid().ShouldBe(source.Id);
        data.GetProperty("isTest").GetBoolean().ShouldBeFalse();

        var message = await WebhooksApi.MessageAsync(client, delivery.Id);
        WebhooksApi.Text(message, "id").ShouldBe(delivery.Id, "the webhook-id is the message id the API shows");
        WebhooksApi.Text(message, "eventType").ShouldBe("lead.received");
    }

    [Fact]
    public async Task After_a_rotation_each_delivery_is_signed_with_both_the_new_and_the_previous_secret()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");

        var rotated = await client.PostAsync($"{WebhooksApi.Endpoints}/{endpoint.Id}/secret/rotate", null);
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var newSecret = WebhooksApi.Text(await rotated.Content.ReadFromJsonAsync<JsonElement>(), "secret");
        newSecret.ShouldStartWith(StandardWebhooksVerifier.SecretPrefix);
        newSecret.ShouldNotBe(endpoint.Secret);
        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(shared.Host);

        var delivery = (await receiver.WaitForTypeAsync("lead.received")).Single();
        var entries = delivery.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        entries.Length.ShouldBe(2, delivery.Signature);
        entries.ShouldAllBe(entry => entry.StartsWith("v1,"));
        var now = DateTimeOffset.UtcNow;
        bool SignedWith(string secret, string entry) =>
            StandardWebhooksVerifier.Check(secret, delivery.Id, delivery.Timestamp, delivery.Body, entry, now) == SignatureCheck.Valid;
        entries.Count(entry => SignedWith(newSecret, entry)).ShouldBe(1, "one entry for receivers already given the new secret");
        entries.Count(entry => SignedWith(endpoint.Secret, entry)).ShouldBe(1, "one entry for receivers still on the old secret");
    }

    [Fact]
    public async Task A_test_event_goes_to_the_one_endpoint_asked_for()
    {
        var client = await shared.NewClientAsync();
        await using var tested = await WebhookReceiver.StartAsync();
        await using var other = await WebhookReceiver.StartAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, tested.Url);
        var otherEndpoint = await WebhooksApi.CreateEndpointAsync(client, other.Url);

        var response = await client.PostAsync($"{WebhooksApi.Endpoints}/{endpoint.Id}/test", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var messageId = WebhooksApi.Text(await response.Content.ReadFromJsonAsync<JsonElement>(), "messageId");
        var delivery = (await tested.WaitForTypeAsync("webhook.test")).Single();
        delivery.Id.ShouldBe(messageId);
        StandardWebhooksVerifier.Check(endpoint.Secret, delivery, DateTimeOffset.UtcNow).ShouldBe(SignatureCheck.Valid);
        var message = await WebhooksApi.DeliveryWhenAsync(client, messageId, endpoint.Id, "succeeded");
        WebhooksApi.DeliveryTo(message, otherEndpoint.Id).ValueKind.ShouldBe(JsonValueKind.Undefined, $"the test message is for one endpoint only: {message}");
        other.Requests.ShouldBeEmpty();
    }
}
