using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Delivery;

public sealed class EventFilterTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    [Fact]
    public async Task An_endpoint_gets_only_the_event_types_it_subscribed_to()
    {
        var client = await shared.NewClientAsync();
        await using var scoresOnly = await WebhookReceiver.StartAsync();
        await using var everything = await WebhookReceiver.StartAsync();
        var scoresEndpoint = await WebhooksApi.CreateEndpointAsync(client, scoresOnly.Url, "lead.scored");
        await WebhooksApi.CreateEndpointAsync(client, everything.Url);

        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(shared.Host);

        // A new lead with an email and a phone is scored above zero at intake, so lead.scored follows lead.received.
        await scoresOnly.WaitForTypeAsync("lead.scored");
        var received = (await everything.WaitForTypeAsync("lead.received")).Single();
        var message = await WebhooksApi.MessageAsync(client, received.Id);
        WebhooksApi.DeliveryTo(message, scoresEndpoint.Id).ValueKind.ShouldBe(JsonValueKind.Undefined, $"lead.received is not fanned out to a lead.scored subscriber: {message}");
        scoresOnly.Requests.Select(r => r.Type).ShouldAllBe(type => type == "lead.scored");
    }
}
