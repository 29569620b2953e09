using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Salesforce;

/// <summary>
/// Turns Salesforce's error answers (a JSON array of <c>{"message","errorCode"}</c>) into connector results: what a retry
/// can fix (API limits, locked rows, 5xx) and what it cannot (a refused token, invalid data), and duplicates its rules
/// caught as conflicts. Messages carry Salesforce's own explanation, never the token.
/// </summary>
internal static class SalesforceFailures
{
    // A 429 naming no wait comes from a gateway or a burst limit, which clears within seconds.
    private static readonly TimeSpan BurstRetryAfter = TimeSpan.FromSeconds(30);

    // The org's API allowance is counted over a rolling 24 hours: retrying within minutes would only spend the retry.
    private static readonly TimeSpan DailyLimitRetryAfter = TimeSpan.FromHours(1);

    public static CrmResult From(HttpResponseMessage response, string body, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        var (code, said) = ErrorOf(body);
        return (status, code) switch
        {
            (_, "DUPLICATES_DETECTED") => new CrmResult(RemoteOutcome.Conflict,
                Message: $"A duplicate rule of the Salesforce org matched an existing record, so the lead was not saved: {said}"),
            (401, _) or (_, "INVALID_SESSION_ID") => new CrmResult(RemoteOutcome.PermanentFailure,
                Message: $"Salesforce refused the access token (HTTP {status}, {code}): check the connection's token, or refresh it if it expired. Salesforce said: {said}"),
            (429, _) => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"Salesforce's rate limit was reached: {said}", RetryAfter: RetryAfter(response, now, BurstRetryAfter)),
            (_, "REQUEST_LIMIT_EXCEEDED") => new CrmResult(RemoteOutcome.RetryableFailure,
                Message: $"The Salesforce org is over its API request limit: {said}",
                RetryAfter: RetryAfter(response, now, said.Contains("TotalRequests", StringComparison.Ordinal) ? DailyLimitRetryAfter : BurstRetryAfter)),
            (408 or >= 500, _) or (_, "SERVER_UNAVAILABLE" or "UNABLE_TO_LOCK_ROW") => new CrmResult(RemoteOutcome.RetryableFailure,
                Message: $"Salesforce failed (HTTP {status}, {code}): {said}"),
            _ => new CrmResult(RemoteOutcome.PermanentFailure, Message: $"Salesforce refused the request (HTTP {status}, {code}): {said}"),
        };
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, DateTimeOffset now, TimeSpan fallback) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when date > now => date - now,
            _ => fallback,
        };

    /// <summary>The first error's code and message; Salesforce lists the most relevant first.</summary>
    private static (string Code, string Message) ErrorOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var error = root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 ? root[0] : root;
            if (error.ValueKind != JsonValueKind.Object)
                return ("no error code", Shorten(body));
            var code = error.TryGetProperty("errorCode", out var c) ? c.GetString() ?? "" : "";
            var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            return (code.Length > 0 ? code : "no error code", message.Length > 0 ? message : "(no message)");
        }
        catch (JsonException)
        {
            return ("no error code", Shorten(body));
        }
    }

    private static string Shorten(string body) => body.Length > 200 ? body[..200] : body;
}
