using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Endpoints;

public sealed class ValidationTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    [Fact]
    public async Task An_unknown_event_type_is_refused_on_the_event_types_field()
    {
        var client = await shared.NewClientAsync();

        var response = await client.PostAsJsonAsync(WebhooksApi.Endpoints, new { url = "https://partner.example.com/hooks", eventTypes = new[] { "lead.received", "lead.teleported" } });

        var errors = await ProblemErrorsAsync(response);
        errors.TryGetProperty("eventTypes", out var messages).ShouldBeTrue($"errors name the field: {errors}");
        messages.GetArrayLength().ShouldBeGreaterThan(0);
        await ShouldHaveNoEndpointsAsync(client);
    }

    [Theory]
    [InlineData("/relative/hook")]
    [InlineData("partner.example.com/hooks")]
    [InlineData("not a url at all")]
    [InlineData("ftp://partner.example.com/hooks")]
    public async Task A_url_that_is_not_an_absolute_http_address_is_refused_on_the_url_field(string url)
    {
        var client = await shared.NewClientAsync();

        var response = await client.PostAsJsonAsync(WebhooksApi.Endpoints, new { url });

        (await ProblemErrorsAsync(response)).TryGetProperty("url", out _).ShouldBeTrue();
        await ShouldHaveNoEndpointsAsync(client);
    }

    [Fact]
    public async Task A_field_the_api_does_not_know_is_refused_rather_than_ignored()
    {
        var client = await shared.NewClientAsync();

        var response = await client.PostAsync(WebhooksApi.Endpoints, new StringContent(
            """{"url":"https://partner.example.com/hooks","eventTypes":["lead.received"],"signingAlgorithm":"none"}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        await ShouldHaveNoEndpointsAsync(client);
    }

    [Fact]
    public async Task A_patch_with_an_unknown_field_changes_nothing()
    {
        var client = await shared.NewClientAsync();
        var id = (await WebhooksApi.CreateEndpointAsync(client, new Uri("https://partner.example.com/hooks"))).Id;

        var response = await client.PatchAsync($"{WebhooksApi.Endpoints}/{id}", new StringContent(
            """{"description":"Changed","secret":"whsec_AAAA"}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await WebhooksApi.EndpointAsync(client, id)).GetProperty("description").ValueKind.ShouldBe(JsonValueKind.Null, "a refused request is not half applied");
    }

    [Fact]
    public async Task Replay_further_back_than_the_retention_is_refused()
    {
        var client = await shared.NewClientAsync();
        var id = (await WebhooksApi.CreateEndpointAsync(client, new Uri("https://partner.example.com/hooks"))).Id;

        var response = await client.PostAsJsonAsync($"{WebhooksApi.Endpoints}/{id}/replay", new { since = DateTimeOffset.UtcNow.AddDays(-15) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private static async Task<JsonElement> ProblemErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonSerializer.Deserialize<JsonElement>(text).GetProperty("errors");
    }

    private static async Task ShouldHaveNoEndpointsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(WebhooksApi.Endpoints)).GetArrayLength().ShouldBe(0, "a refused endpoint is not stored");
}
