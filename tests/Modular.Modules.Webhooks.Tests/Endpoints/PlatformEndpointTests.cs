using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Endpoints;

/// <summary>An operator's platform-wide endpoint hears every tenant, and stays the operator's: tenants neither see nor reach it.</summary>
public sealed class PlatformEndpointTests(WebhooksHost shared) : IClassFixture<WebhooksHost>, IAsyncLifetime
{
    private const string PlatformEndpoints = "/api/v1/admin/webhooks/endpoints";
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    [Fact]
    public async Task An_operators_endpoint_receives_every_tenants_events_and_no_tenant_sees_it()
    {
        var operatorClient = shared.Host.CreateOperatorClient();
        var registered = await operatorClient.PostAsJsonAsync(PlatformEndpoints, new { url = receiver.Url, eventTypes = new[] { "lead.received" } });
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var platform = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var (id, secret) = (WebhooksApi.Text(platform, "id"), WebhooksApi.Text(platform, "secret"));

        var first = await shared.NewTenantAsync();
        var second = await shared.NewTenantAsync();
        var leads = new List<Guid>();
        foreach (var tenant in new[] { first, second })
            leads.Add(await (await LeadSource.CreateAsync(tenant.Client(shared.Host))).PostNewLeadAsync(shared.Host));

        var received = await receiver.WaitForAsync(2);
        received.Select(r => r.Json.GetProperty("data").GetProperty("leadId").GetGuid()).Order().ShouldBe(leads.Order());
        received.ShouldAllBe(r => StandardWebhooksVerifier.Verify(secret, r, DateTimeOffset.UtcNow));

        var tenantClient = first.Client(shared.Host);
        (await tenantClient.GetFromJsonAsync<JsonElement[]>(WebhooksApi.Endpoints))!.ShouldBeEmpty();
        (await tenantClient.GetAsync($"{WebhooksApi.Endpoints}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tenantClient.GetAsync($"{WebhooksApi.Endpoints}/{id}/attempts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var message = await tenantClient.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/messages/{received.Single(r => r.Json.GetProperty("data").GetProperty("leadId").GetGuid() == leads[0]).Id}");
        message.GetProperty("deliveries").GetArrayLength().ShouldBe(0, "the delivery to the operator's endpoint is not the tenant's to see");

        (await operatorClient.GetFromJsonAsync<JsonElement[]>(PlatformEndpoints))!.Select(e => WebhooksApi.Text(e, "id")).ShouldContain(id);
        var attempts = await Eventually.ReadAsync(
            async () => await operatorClient.GetFromJsonAsync<JsonElement[]>($"{PlatformEndpoints}/{id}/attempts"),
            found => found!.Length == 2, "the operator's log of both deliveries");
        attempts!.ShouldAllBe(a => a.GetProperty("statusCode").GetInt32() == 200);
    }

    [Fact]
    public async Task The_operator_replays_and_resends_every_tenants_messages_to_a_platform_endpoint_with_their_ids()
    {
        var operatorClient = shared.Host.CreateOperatorClient();
        var registered = await operatorClient.PostAsJsonAsync(PlatformEndpoints, new { url = receiver.Url, eventTypes = new[] { "lead.received" } });
        var id = WebhooksApi.Text(await registered.Content.ReadFromJsonAsync<JsonElement>(), "id");
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        foreach (var tenant in new[] { await shared.NewTenantAsync(), await shared.NewTenantAsync() })
            await (await LeadSource.CreateAsync(tenant.Client(shared.Host))).PostNewLeadAsync(shared.Host);
        var first = await receiver.WaitForAsync(2);

        var replay = await operatorClient.PostAsJsonAsync($"{PlatformEndpoints}/{id}/replay", new { since });
        replay.StatusCode.ShouldBe(HttpStatusCode.Accepted, await replay.Content.ReadAsStringAsync());
        (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages").GetInt32().ShouldBe(2);
        var replayed = (await receiver.WaitForAsync(4)).Skip(2);
        replayed.Select(r => r.Id).Order().ShouldBe(first.Select(r => r.Id).Order());

        var resend = await operatorClient.PostAsync($"{PlatformEndpoints}/{id}/messages/{first[0].Id}/resend", null);
        resend.StatusCode.ShouldBe(HttpStatusCode.Accepted, await resend.Content.ReadAsStringAsync());
        (await receiver.WaitForAsync(5))[4].Id.ShouldBe(first[0].Id);
    }

    [Fact]
    public async Task A_tenants_api_key_cannot_reach_the_operators_endpoints()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);

        var refused = await client.PostAsJsonAsync(PlatformEndpoints, new { url = receiver.Url });

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await shared.Host.CreateOperatorClient().GetFromJsonAsync<JsonElement[]>(PlatformEndpoints))!
            .ShouldNotContain(e => WebhooksApi.Text(e, "url") == receiver.Url.ToString());
    }

    public async Task DisposeAsync() => await receiver.DisposeAsync();
}
