using System.Text.Json;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>Where one message's delivery to one endpoint stands, read back through the API once an attempt has been recorded.</summary>
internal static class DeliveryProgress
{
    /// <summary>
    /// Reads the message until its delivery has made <paramref name="attempts"/> attempts and settled: told when to try
    /// next, or ended. While an attempt runs the count is still the old one, so a half-written state never matches.
    /// </summary>
    public static Task<JsonElement> AfterAttemptsAsync(HttpClient client, string messageId, string endpointId, int attempts) =>
        Eventually.ReadAsync(
            async () => WebhooksApi.DeliveryTo(await WebhooksApi.MessageAsync(client, messageId), endpointId),
            delivery => delivery.ValueKind == JsonValueKind.Object
                && delivery.GetProperty("attempts").GetInt32() == attempts
                && (delivery.GetProperty("nextAttemptAt").ValueKind != JsonValueKind.Null || WebhooksApi.Text(delivery, "status") != "pending"),
            $"message {messageId} to have made {attempts} attempt(s) at endpoint {endpointId}");

    public static DateTimeOffset? NextAttemptAt(JsonElement delivery) =>
        delivery.GetProperty("nextAttemptAt") is { ValueKind: JsonValueKind.String } next ? next.GetDateTimeOffset() : null;

    /// <summary>When the endpoint's log says attempt number <paramref name="attempt"/> of the message was sent.</summary>
    public static async Task<DateTimeOffset> AttemptedAtAsync(HttpClient client, string endpointId, string messageId, int attempt) =>
        (await WebhooksApi.AttemptsAsync(client, endpointId))
            .Where(a => WebhooksApi.Text(a, "messageId") == messageId && a.GetProperty("attempt").GetInt32() == attempt)
            .ShouldHaveSingleItem($"attempt {attempt} of {messageId} is logged once")
            .GetProperty("attemptedAt").GetDateTimeOffset();
}
