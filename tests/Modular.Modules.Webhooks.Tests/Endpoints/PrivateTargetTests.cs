using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Endpoints;

/// <summary>On an install whose operator has not allowed private targets, a tenant cannot aim deliveries inside the network.</summary>
public sealed class PrivateTargetTests(LockedDownHost locked) : IClassFixture<LockedDownHost>
{
    [Theory]
    [InlineData("http://127.0.0.1:1/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    public async Task A_private_address_is_refused_and_nothing_is_stored(string url)
    {
        var client = await locked.NewClientAsync();

        var response = await client.PostAsJsonAsync(WebhooksApi.Endpoints, new { url });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.GetFromJsonAsync<JsonElement>(WebhooksApi.Endpoints)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_patch_cannot_move_an_endpoint_to_a_private_address()
    {
        var client = await locked.NewClientAsync();
        var id = (await WebhooksApi.CreateEndpointAsync(client, new Uri("https://partner.example.com/hooks"))).Id;

        var response = await client.PatchAsJsonAsync($"{WebhooksApi.Endpoints}/{id}", new { url = "https://10.0.0.5/hook" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        WebhooksApi.Text(await WebhooksApi.EndpointAsync(client, id), "url").ShouldBe("https://partner.example.com/hooks");
    }
}
