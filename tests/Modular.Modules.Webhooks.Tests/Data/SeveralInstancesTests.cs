using Modular.Modules.Webhooks.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Webhooks.Tests.Data;

/// <summary>Two instances behind a load balancer, one PostgreSQL: each claims its share of the work, and no partner hears an event twice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SeveralInstancesTests(PostgresCluster postgres)
{
    private const int Leads = 20;

    [PostgresFact]
    public async Task Leads_posted_through_either_instance_reach_the_partner_once_each_and_signed()
    {
        var database = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Modular"] = await postgres.CreateDatabaseAsync(),
        };
        using var first = WebhooksHost.With(database);
        using var second = WebhooksHost.With(database);
        await using var receiver = await WebhookReceiver.StartAsync();
        // The first instance migrates and makes the signing keys before the second starts and shares them.
        var tenant = await first.NewTenantAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(tenant.Client(first.Host), receiver.Url, "lead.received");
        var source = await LeadSource.CreateAsync(tenant.Client(first.Host));
        HttpClient[] instances = [first.Host.CreateClient(), second.Host.CreateClient()];

        var leadIds = new List<Guid>();
        for (var n = 0; n < Leads; n++)
            leadIds.Add(await source.PostNewLeadAsync(instances[n % 2]));

        var received = await receiver.WaitForAsync(Leads);
        foreach (var webhook in received)
            StandardWebhooksVerifier.Check(endpoint.Secret, webhook, DateTimeOffset.UtcNow).ShouldBe(SignatureCheck.Valid, webhook.ToString());
        received.Select(r => r.Json.GetProperty("data").GetProperty("leadId").GetGuid()).ShouldBe(leadIds, ignoreOrder: true);
        var readBack = tenant.Client(second.Host);
        foreach (var messageId in received.Select(r => r.Id))
        {
            var delivery = WebhooksApi.DeliveryTo(await WebhooksApi.DeliveryWhenAsync(readBack, messageId, endpoint.Id, "succeeded"), endpoint.Id);
            delivery.GetProperty("attempts").GetInt32().ShouldBe(1, $"{messageId} was sent once");
        }
        // Both instances poll every second: two polls give a second sending of any message the time to arrive.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var all = receiver.Requests;
        all.Count.ShouldBe(Leads, string.Join(Environment.NewLine, all));
        all.Select(r => r.Id).Distinct().Count().ShouldBe(Leads, "one message per lead, each sent once");
    }
}
