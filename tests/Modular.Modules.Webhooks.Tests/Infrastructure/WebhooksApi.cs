using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>What a client does with the Webhooks API, as the tests need it.</summary>
internal static class WebhooksApi
{
    public const string Endpoints = "/api/v1/webhooks/endpoints";

    public sealed record CreatedEndpoint(string Id, string Secret, JsonElement Answer);

    public static async Task<CreatedEndpoint> CreateEndpointAsync(HttpClient client, Uri url, params string[] eventTypes)
    {
        object body = eventTypes.Length == 0 ? new { url } : new { url, eventTypes };
        var response = await client.PostAsJsonAsync(Endpoints, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new CreatedEndpoint(Text(created, "id"), Text(created, "secret"), created);
    }

    public static Task<JsonElement> EndpointAsync(HttpClient client, string id) =>
        client.GetFromJsonAsync<JsonElement>($"{Endpoints}/{id}");

    /// <summary>The endpoint's attempts, newest first as the API lists them.</summary>
    public static async Task<JsonElement[]> AttemptsAsync(HttpClient client, string endpointId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"{Endpoints}/{endpointId}/attempts")).EnumerateArray()];

    public static Task<JsonElement> MessageAsync(HttpClient client, string messageId) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/messages/{messageId}");

    /// <summary>The message's delivery to one endpoint, or an undefined element when it was never fanned out there.</summary>
    public static JsonElement DeliveryTo(JsonElement message, string endpointId) =>
        message.GetProperty("deliveries").EnumerateArray().FirstOrDefault(d => Text(d, "endpointId") == endpointId);

    /// <summary>Reads the message until its delivery to the endpoint reaches <paramref name="status"/>; the worker records an attempt after the receiver answers.</summary>
    public static Task<JsonElement> DeliveryWhenAsync(HttpClient client, string messageId, string endpointId, string status) =>
        Eventually.ReadAsync(
            () => MessageAsync(client, messageId),
            message => DeliveryTo(message, endpointId) is { ValueKind: JsonValueKind.Object } delivery && Text(delivery, "status") == status,
            $"message {messageId} to be {status} at endpoint {endpointId}");

    public static string Text(JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new ShouldAssertException($"{property} is null in {element}");
}
