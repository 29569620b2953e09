using System.Net;
using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Twilio.Sending;

/// <summary>Reads Twilio's error answer (<c>{code, message, more_info, status}</c>) into whether retrying may help.</summary>
internal static class TwilioRefusal
{
    /// <summary>Attempt to send to an unsubscribed recipient: the number texted STOP.</summary>
    public const string RecipientUnsubscribed = "21610";

    public static SendResult Read(HttpResponseMessage response, byte[] body, DateTimeOffset now)
    {
        var (code, message) = ErrorOf(body);
        var status = (int)response.StatusCode;
        var reason = $"Twilio answered {status}{(code is null ? "" : $" (error {code})")}: {message ?? response.ReasonPhrase ?? "no reason given"}";

        if (code == RecipientUnsubscribed)
            return new SendResult(RemoteOutcome.PermanentFailure, Message: reason, ErrorCode: code, RecipientOptedOut: true);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || status >= 500)
            return new SendResult(RemoteOutcome.RetryableFailure, Message: reason, ErrorCode: code, RetryAfter: RetryAfter(response, now));
        return new SendResult(RemoteOutcome.PermanentFailure, Message: reason, ErrorCode: code);
    }

    private static (string? Code, string? Message) ErrorOf(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, null);
            var code = root.TryGetProperty("code", out var codeValue) ? codeValue.ValueKind switch
            {
                JsonValueKind.Number => codeValue.GetRawText(),
                JsonValueKind.String => codeValue.GetString(),
                _ => null,
            } : null;
            var message = root.TryGetProperty("message", out var messageValue) && messageValue.ValueKind == JsonValueKind.String ? messageValue.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page in front of Twilio: the status code alone decides.
            return (null, null);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
