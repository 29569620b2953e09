using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Samples.CrmConnector;

/// <summary>
/// Turns Sample CRM's error answers into connector results. The outcome is what the host acts on: a
/// <see cref="RemoteOutcome.RetryableFailure"/> is tried again later (never sooner than <see cref="CrmResult.RetryAfter"/>),
/// a <see cref="RemoteOutcome.PermanentFailure"/> or a <see cref="RemoteOutcome.Conflict"/> is parked at once with the
/// message, for the client to read and fix.
/// </summary>
internal static class SampleCrmFailures
{
    // When a 429 names no wait, a wait long enough not to be refused again at once.
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);
    private const int MaxQuotedLength = 200;

    public static CrmResult From(HttpResponseMessage response, string body, string apiKey)
    {
        var status = (int)response.StatusCode;
        var said = Said(body, apiKey);
        return status switch
        {
            401 or 403 => new CrmResult(RemoteOutcome.PermanentFailure,
                Message: $"Sample CRM refused the API key (HTTP {status}): check the key under Settings > API keys. Sample CRM said: {said}"),
            429 => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"Sample CRM's rate limit was reached: {said}", RetryAfter: RetryAfter(response)),
            409 => new CrmResult(RemoteOutcome.Conflict, Message: $"Sample CRM holds a conflicting contact: {said}"),
            408 or >= 500 => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"Sample CRM failed (HTTP {status}): {said}"),
            // 400, 404 and anything else: the same call would be refused again.
            _ => new CrmResult(RemoteOutcome.PermanentFailure, Message: $"Sample CRM refused the request (HTTP {status}): {said}"),
        };
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when date > DateTimeOffset.UtcNow => date - DateTimeOffset.UtcNow,
            _ => DefaultRetryAfter,
        };

    /// <summary>
    /// The CRM's own explanation, which the client will read. Shortened, and without the key: a CRM (or a proxy in
    /// front of it) may echo the request it refused, and a message is stored and shown to people.
    /// </summary>
    private static string Said(string body, string apiKey)
    {
        string said;
        try
        {
            using var document = JsonDocument.Parse(body);
            said = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error)
                ? error.ToString()
                : body;
        }
        catch (JsonException)
        {
            said = body;
        }
        said = said.Replace(apiKey, "[api key]", StringComparison.Ordinal);
        return said.Length > MaxQuotedLength ? said[..MaxQuotedLength] : said;
    }
}
