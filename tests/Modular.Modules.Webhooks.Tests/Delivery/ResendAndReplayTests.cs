using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Delivery;

/// <summary>A partner that lost messages gets them again under their original ids, so its deduplication still holds.</summary>
public sealed class ResendAndReplayTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    [Fact]
    public async Task A_resent_message_arrives_again_with_its_original_id()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");
        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(shared.Host);
        var original = (await receiver.WaitForAsync(1)).Single();
        await WebhooksApi.DeliveryWhenAsync(client, original.Id, endpoint.Id, "succeeded");

        var response = await client.PostAsync($"{WebhooksApi.Endpoints}/{endpoint.Id}/messages/{original.Id}/resend", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var again = (await receiver.WaitForAsync(2))[1];
        again.Id.ShouldBe(original.Id);
        again.Body.ShouldBe(original.Body);
        StandardWebhooksVerifier.Check(endpoint.Secret, again, DateTimeOffset.UtcNow).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public async Task A_replay_sends_every_message_since_the_time_asked_again_with_its_original_id()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");
        // A second's margin: stored times may be truncated below what the clock read here.
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(shared.Host);
        var original = (await receiver.WaitForAsync(1)).Single();
        await WebhooksApi.DeliveryWhenAsync(client, original.Id, endpoint.Id, "succeeded");

        var response = await client.PostAsJsonAsync($"{WebhooksApi.Endpoints}/{endpoint.Id}/replay", new { since });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var count = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages").GetInt32();
        count.ShouldBeGreaterThanOrEqualTo(1);
        var replayed = (await receiver.WaitForAsync(1 + count)).Skip(1).ToList();
        replayed.Select(r => r.Id).ShouldContain(original.Id);
        replayed.ShouldAllBe(r => r.Id == original.Id, "only what this endpoint was sent since then is replayed");
        foreach (var request in replayed)
            StandardWebhooksVerifier.Check(endpoint.Secret, request, DateTimeOffset.UtcNow).ShouldBe(SignatureCheck.Valid);
    }
}
