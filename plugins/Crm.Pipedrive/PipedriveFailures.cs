using System.Globalization;
using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// Turns Pipedrive's error answers (<c>{"success":false,"error":"...","errorCode":...}</c>) into connector results:
/// what a retry can fix (429 with its wait, 408, 5xx) and what it cannot (a refused token, invalid data). Messages
/// carry Pipedrive's own explanation, never the token.
/// </summary>
internal static class PipedriveFailures
{
    // Pipedrive counts requests in 2-second windows; when it names no wait, the next window is the one to try.
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(2);

    public static CrmResult From(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var said = ErrorOf(body);
        return status switch
        {
            401 or 403 => new CrmResult(RemoteOutcome.PermanentFailure,
                Message: $"Pipedrive refused the API token (HTTP {status}): check the connection's apiToken and that its user may add persons, leads and notes. Pipedrive said: {said}"),
            429 => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"Pipedrive's rate limit was reached: {said}", RetryAfter: RetryAfter(response)),
            408 or >= 500 => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"Pipedrive failed (HTTP {status}): {said}"),
            _ => new CrmResult(RemoteOutcome.PermanentFailure, Message: $"Pipedrive refused the request (HTTP {status}): {said}"),
        };
    }

    /// <summary>
    /// Pipedrive documents <c>x-ratelimit-reset</c> (seconds until the window resets) on every answer; a 429 may also
    /// carry the standard <c>Retry-After</c>, which is preferred when present.
    /// </summary>
    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when date > DateTimeOffset.UtcNow => date - DateTimeOffset.UtcNow,
            _ when response.Headers.TryGetValues("x-ratelimit-reset", out var values)
                   && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                => TimeSpan.FromSeconds(seconds),
            _ => DefaultRetryAfter,
        };

    private static string ErrorOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? error.GetString()!
                : "(no error text)";
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
