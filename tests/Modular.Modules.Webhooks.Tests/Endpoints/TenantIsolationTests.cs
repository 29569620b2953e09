using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Endpoints;

public sealed class TenantIsolationTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    [Fact]
    public async Task Another_tenants_endpoint_is_invisible_to_reads_and_deletes()
    {
        var (owner, stranger, id) = await TwoTenantsAsync();
        var path = $"{WebhooksApi.Endpoints}/{id}";

        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(shared.Host, owner, stranger, HttpMethod.Get, path);
        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(shared.Host, owner, stranger, HttpMethod.Get, $"{path}/attempts");
        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(shared.Host, owner, stranger, HttpMethod.Delete, path);
        (await stranger.Client(shared.Host).GetFromJsonAsync<JsonElement>(WebhooksApi.Endpoints)).GetArrayLength().ShouldBe(0);
    }

    // Valid bodies, so the 404 can only come from the tenant's lookup and a 400 cannot hide a missing one.
    [Fact]
    public async Task Another_tenants_endpoint_cannot_be_changed_tested_rotated_or_replayed()
    {
        var (owner, stranger, id) = await TwoTenantsAsync();
        var path = $"{WebhooksApi.Endpoints}/{id}";
        var asStranger = stranger.Client(shared.Host);
        var before = await WebhooksApi.EndpointAsync(owner.Client(shared.Host), id);

        await ShouldBe404Async(await asStranger.PatchAsJsonAsync(path, new { description = "Hijacked", url = "https://attacker.example.com/" }));
        await ShouldBe404Async(await asStranger.PostAsync($"{path}/test", null));
        await ShouldBe404Async(await asStranger.PostAsync($"{path}/secret/rotate", null));
        await ShouldBe404Async(await asStranger.PostAsJsonAsync($"{path}/replay", new { since = DateTimeOffset.UtcNow.AddHours(-1) }));

        var after = await WebhooksApi.EndpointAsync(owner.Client(shared.Host), id);
        after.ToString().ShouldBe(before.ToString(), "another tenant's requests change nothing");
    }

    [Fact]
    public async Task Another_tenants_message_cannot_be_read_or_resent()
    {
        var (owner, stranger, _) = await TwoTenantsAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(owner.Client(shared.Host), receiver.Url);
        var tested = await owner.Client(shared.Host).PostAsync($"{WebhooksApi.Endpoints}/{endpoint.Id}/test", null);
        var messageId = WebhooksApi.Text(await tested.Content.ReadFromJsonAsync<JsonElement>(), "messageId");
        await receiver.WaitForAsync(1);
        var asStranger = stranger.Client(shared.Host);

        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(shared.Host, owner, stranger, HttpMethod.Get, $"/api/v1/webhooks/messages/{messageId}");
        await ShouldBe404Async(await asStranger.PostAsync($"{WebhooksApi.Endpoints}/{endpoint.Id}/messages/{messageId}/resend", null));
        var strangersOwn = await WebhooksApi.CreateEndpointAsync(asStranger, new Uri("https://partner.example.com/hooks"));
        await ShouldBe404Async(await asStranger.PostAsync($"{WebhooksApi.Endpoints}/{strangersOwn.Id}/messages/{messageId}/resend", null));
    }

    private async Task<(TestTenant Owner, TestTenant Stranger, string EndpointId)> TwoTenantsAsync()
    {
        var owner = await shared.NewTenantAsync();
        var stranger = await shared.NewTenantAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(owner.Client(shared.Host), new Uri("https://partner.example.com/hooks"));
        return (owner, stranger, endpoint.Id);
    }

    private static async Task ShouldBe404Async(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
