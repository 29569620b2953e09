using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Endpoints;

public sealed class EndpointApiTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    [Fact]
    public async Task A_new_endpoint_shows_its_secret_once_and_never_again()
    {
        var client = await shared.NewClientAsync();

        var response = await client.PostAsJsonAsync(WebhooksApi.Endpoints, new { url = "https://partner.example.com/hooks", eventTypes = new[] { "lead.received" }, description = "Partner CRM", rateLimitPerSecond = 5 });
        var created = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Created, created);
        var endpoint = JsonSerializer.Deserialize<JsonElement>(created);
        var id = WebhooksApi.Text(endpoint, "id");
        var secret = WebhooksApi.Text(endpoint, "secret");
        response.Headers.Location!.ToString().ShouldEndWith($"{WebhooksApi.Endpoints}/{id}");
        StandardWebhooksVerifier.TryDecodeKey(secret, out var key).ShouldBeTrue($"{secret} is whsec_ and base64");
        key.Length.ShouldBeGreaterThanOrEqualTo(24, "Standard Webhooks asks for 24 to 64 random bytes");
        WebhooksApi.Text(endpoint, "url").ShouldBe("https://partner.example.com/hooks");
        endpoint.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()).ShouldBe(["lead.received"]);
        WebhooksApi.Text(endpoint, "description").ShouldBe("Partner CRM");
        endpoint.GetProperty("rateLimitPerSecond").GetInt32().ShouldBe(5);
        endpoint.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        endpoint.GetProperty("disabledReason").ValueKind.ShouldBe(JsonValueKind.Null);
        endpoint.GetProperty("createdAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));

        var shown = await client.GetStringAsync($"{WebhooksApi.Endpoints}/{id}");
        var listed = await client.GetStringAsync(WebhooksApi.Endpoints);
        JsonSerializer.Deserialize<JsonElement>(listed).EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetString().ShouldBe(id);
        foreach (var text in new[] { shown, listed })
        {
            text.ShouldNotContain(secret);
            text.ShouldNotContain("\"secret\"");
        }
    }

    [Fact]
    public async Task An_endpoint_is_changed_by_patch_and_gone_after_delete()
    {
        var client = await shared.NewClientAsync();
        var id = (await WebhooksApi.CreateEndpointAsync(client, new Uri("https://partner.example.com/hooks"))).Id;

        var patched = await client.PatchAsJsonAsync($"{WebhooksApi.Endpoints}/{id}", new { description = "Renamed", enabled = false, eventTypes = new[] { "lead.scored" } });

        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        var view = await WebhooksApi.EndpointAsync(client, id);
        WebhooksApi.Text(view, "description").ShouldBe("Renamed");
        view.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        view.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()).ShouldBe(["lead.scored"]);
        WebhooksApi.Text(view, "url").ShouldBe("https://partner.example.com/hooks", "a field the patch leaves out keeps its value");

        (await client.DeleteAsync($"{WebhooksApi.Endpoints}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync($"{WebhooksApi.Endpoints}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<JsonElement>(WebhooksApi.Endpoints)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_event_type_catalogue_lists_every_event_a_partner_can_subscribe_to_with_its_schema()
    {
        var client = await shared.NewClientAsync();

        var types = (await client.GetFromJsonAsync<JsonElement>("/api/v1/webhooks/event-types")).EnumerateArray().ToDictionary(t => WebhooksApi.Text(t, "type"));

        string[] expected = ["lead.received", "lead.merged", "lead.scored", "conversation.started", "message.sent", "message.received", "lead.qualified", "lead.disqualified", "crm.synced"];
        foreach (var type in expected)
        {
            types.ShouldContainKey(type);
            WebhooksApi.Text(types[type], "description").ShouldNotBeNullOrWhiteSpace();
            types[type].GetProperty("schema").ValueKind.ShouldBe(JsonValueKind.Object, $"{type} documents its data");
        }
    }
}
