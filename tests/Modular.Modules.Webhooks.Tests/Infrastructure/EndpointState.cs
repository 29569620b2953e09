using System.Text.Json;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>An endpoint's health as its view shows it, which the delivery worker changes after the API has answered.</summary>
internal static class EndpointState
{
    public static Task<JsonElement> WhenAsync(HttpClient client, string endpointId, Func<JsonElement, bool> done, string waitingFor) =>
        Eventually.ReadAsync(() => WebhooksApi.EndpointAsync(client, endpointId), done, waitingFor);

    public static bool Enabled(JsonElement endpoint) => endpoint.GetProperty("enabled").GetBoolean();

    /// <summary>When the endpoint's current run of failures began; null while it is healthy.</summary>
    public static DateTimeOffset? FailingSince(JsonElement endpoint) =>
        endpoint.GetProperty("failingSince") is { ValueKind: JsonValueKind.String } since ? since.GetDateTimeOffset() : null;
}
