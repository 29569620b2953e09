using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.HubSpot;

/// <summary>
/// Turns HubSpot's error answers into connector results: what a retry can fix (429 with its <c>Retry-After</c>, 5xx)
/// and what it cannot (a refused token, invalid data). Messages carry HubSpot's own explanation, never the token.
/// </summary>
internal static class HubSpotFailures
{
    // HubSpot's rate limits are per second or per day; when it names no wait, a few seconds is its usual answer.
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(10);

    public static CrmResult From(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var said = MessageOf(body);
        return status switch
        {
            401 or 403 => new CrmResult(RemoteOutcome.PermanentFailure,
                Message: $"HubSpot refused the access token (HTTP {status}): check the private app's token and its crm.objects.contacts scopes. HubSpot said: {said}"),
            429 => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"HubSpot's rate limit was reached: {said}", RetryAfter: RetryAfter(response)),
            409 => new CrmResult(RemoteOutcome.Conflict, Message: $"HubSpot holds a conflicting record: {said}"),
            408 or >= 500 => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"HubSpot failed (HTTP {status}): {said}"),
            _ => new CrmResult(RemoteOutcome.PermanentFailure, Message: $"HubSpot refused the request (HTTP {status}): {said}"),
        };
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when date > DateTimeOffset.UtcNow => date - DateTimeOffset.UtcNow,
            _ => DefaultRetryAfter,
        };

    private static string MessageOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "(no message)";
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
