using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Delivery;

public sealed class SlowPartnerTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    private const int Leads = 5;

    [Fact]
    public async Task A_partner_that_holds_every_request_neither_delays_another_partner_nor_gets_its_own_events_one_by_one()
    {
        var client = await shared.NewClientAsync();
        await using var slow = await WebhookReceiver.StartAsync();
        await using var quick = await WebhookReceiver.StartAsync();
        var release = new TaskCompletionSource();
        try
        {
            slow.AnswerNext([.. Enumerable.Repeat(ReceiverAnswer.OkOnceReleased(release.Task), Leads)]);
            await WebhooksApi.CreateEndpointAsync(client, slow.Url, "lead.received");
            await WebhooksApi.CreateEndpointAsync(client, quick.Url, "lead.received");
            var source = await LeadSource.CreateAsync(client);

            for (var i = 0; i < Leads; i++)
                await source.PostNewLeadAsync(shared.Host);

            // Both arrive while no slow request has been answered: had attempts waited for one another, each held one
            // (up to its 15 s timeout) would have kept the other partner and the slow partner's later events waiting.
            await quick.WaitForTypeAsync("lead.received", Leads);
            await slow.WaitForTypeAsync("lead.received", Leads);
        }
        finally
        {
            release.TrySetResult();
        }
    }
}
