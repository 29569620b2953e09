using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Delivery;

public sealed class RateLimitTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    // An attempt is counted from when it was sent; the receiver notes it a moment later, and the next one as late.
    private static readonly TimeSpan ArrivalSlack = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Messages_queued_together_reach_an_endpoint_limited_to_one_a_second_one_second_apart_and_all_arrive()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        // A partner slow to answer, as real ones are: an attempt still in flight counts against the limit too.
        receiver.AnswerNext([.. Enumerable.Repeat(new ReceiverAnswer(200, Delay: TimeSpan.FromMilliseconds(400)), 4)]);
        var registered = await client.PostAsJsonAsync(WebhooksApi.Endpoints, new { url = receiver.Url, rateLimitPerSecond = 1 });
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var endpointId = WebhooksApi.Text(await registered.Content.ReadFromJsonAsync<JsonElement>(), "id");

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendTestAsync(client, endpointId)));

        var arrivals = (await receiver.WaitForAsync(4)).OrderBy(r => r.ArrivedAt).ToList();
        arrivals.Select(r => r.Id).ShouldBe(sent, ignoreOrder: true);
        for (var n = 1; n < arrivals.Count; n++)
            (arrivals[n].ArrivedAt - arrivals[n - 1].ArrivedAt).ShouldBeGreaterThanOrEqualTo(
                TimeSpan.FromSeconds(1) - ArrivalSlack, $"arrivals {n} and {n + 1} share a second: {string.Join(", ", arrivals.Select(a => a.ArrivedAt.ToString("HH:mm:ss.fff")))}");
        foreach (var messageId in sent)
        {
            var delivery = WebhooksApi.DeliveryTo(await WebhooksApi.DeliveryWhenAsync(client, messageId, endpointId, "succeeded"), endpointId);
            delivery.GetProperty("attempts").GetInt32().ShouldBe(1, "waiting for the limit is not a failed attempt");
        }
    }

    private static async Task<string> SendTestAsync(HttpClient client, string endpointId)
    {
        var queued = await client.PostAsync($"{WebhooksApi.Endpoints}/{endpointId}/test", null);
        queued.StatusCode.ShouldBe(HttpStatusCode.Accepted, await queued.Content.ReadAsStringAsync());
        return WebhooksApi.Text(await queued.Content.ReadFromJsonAsync<JsonElement>(), "messageId");
    }
}
