using System.Text;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// Turns the endpoint's answers other than 2xx into connector results: what a retry can fix (408, 429 with its
/// <c>Retry-After</c>, 5xx), a conflict (409), and what it cannot (a refused secret, a redirect, any other 4xx). The
/// endpoint is the client's own code, so its body is shown to help them, shortened, and with the secret blanked out
/// should the endpoint echo it.
/// </summary>
internal static class ReceiverFailures
{
    // An endpoint we know nothing about: a minute is the usual window of a rate limiter.
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromMinutes(1);
    private const int ExcerptLength = 200;

    public static CrmResult From(HttpResponseMessage response, string body, string secret, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        var said = Excerpt(body, secret);
        return status switch
        {
            >= 300 and < 400 => new CrmResult(RemoteOutcome.PermanentFailure,
                Message: $"The endpoint answered HTTP {status}{Target(response, secret)}: redirects are not followed, so set the connection's URL to the final address."),
            401 or 403 => new CrmResult(RemoteOutcome.PermanentFailure,
                Message: $"The endpoint refused the secret (HTTP {status}): check the connection's secret and the header it is sent in ({EndpointSettings.SecretHeaderSetting}). The endpoint said: {said}"),
            429 => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"The endpoint asked to slow down (HTTP 429): {said}", RetryAfter: RetryAfter(response, now)),
            409 => new CrmResult(RemoteOutcome.Conflict, Message: $"The endpoint holds a conflicting record (HTTP 409): {said}"),
            408 or >= 500 => new CrmResult(RemoteOutcome.RetryableFailure, Message: $"The endpoint failed (HTTP {status}): {said}", RetryAfter: RetryAfterIfAny(response, now)),
            _ => new CrmResult(RemoteOutcome.PermanentFailure, Message: $"The endpoint refused the request (HTTP {status}): {said}"),
        };
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, DateTimeOffset now) => RetryAfterIfAny(response, now) ?? DefaultRetryAfter;

    /// <summary><c>Retry-After</c> as seconds or as an HTTP date; a date already past means now.</summary>
    private static TimeSpan? RetryAfterIfAny(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };

    private static string Target(HttpResponseMessage response, string secret) =>
        response.Headers.Location is { } location ? $" to {Excerpt(location.OriginalString, secret)}" : "";

    /// <summary>
    /// The body on one line, at most 200 characters. The secret is blanked before shortening, so that a secret cut in
    /// two by the limit cannot leave its first characters behind.
    /// </summary>
    private static string Excerpt(string text, string secret)
    {
        var line = new StringBuilder(text.Replace(secret, "[secret]", StringComparison.Ordinal));
        for (var i = 0; i < line.Length; i++)
            if (char.IsControl(line[i]))
                line[i] = ' ';
        var trimmed = line.ToString().Trim();
        return trimmed.Length == 0 ? "(no body)" : trimmed.Length > ExcerptLength ? trimmed[..ExcerptLength] + "…" : trimmed;
    }
}
