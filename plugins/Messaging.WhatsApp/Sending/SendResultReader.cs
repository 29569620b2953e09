using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Sending;

/// <summary>Turns the Graph API's answer to a send into a result the host can act on.</summary>
internal static class SendResultReader
{
    /// <summary>Outside the 24-hour window: the host resends with a template.</summary>
    public const int ReEngagementRequired = 131047;

    /// <summary>The recipient asked this business to stop sending marketing messages.</summary>
    private const int MarketingOptedOut = 131050;

    /// <summary>Expired or invalid access token.</summary>
    private const int InvalidAccessToken = 190;

    /// <summary>
    /// Codes Meta documents as temporary: unknown and service errors (1, 2, 131000, 131016, 133004) and the
    /// throughput limits (4, 80007, 130429, 131056 per recipient).
    /// </summary>
    private static readonly HashSet<int> TemporaryCodes = [1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004];

    public static SendResult Read(HttpStatusCode status, RetryConditionHeaderValue? retryAfter, byte[] body, DateTimeOffset now)
    {
        if ((int)status is >= 200 and < 300)
            return ReadAccepted(body);

        var error = GraphError.TryRead(body);
        var code = error?.Code;
        var message = Describe(status, error);
        var errorCode = code?.ToString(System.Globalization.CultureInfo.InvariantCulture);

        if (code is InvalidAccessToken || status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            return new SendResult(RemoteOutcome.PermanentFailure, Message: message, ErrorCode: errorCode);
        if (status == HttpStatusCode.TooManyRequests || (int)status >= 500 || (code is { } temporary && TemporaryCodes.Contains(temporary)))
            return new SendResult(RemoteOutcome.RetryableFailure, Message: message, ErrorCode: errorCode, RetryAfter: Delay(retryAfter, now));
        return new SendResult(RemoteOutcome.PermanentFailure, Message: message, ErrorCode: errorCode, RecipientOptedOut: code == MarketingOptedOut);
    }

    private static SendResult ReadAccepted(byte[] body)
    {
        // {"messaging_product":"whatsapp","contacts":[{"input","wa_id"}],"messages":[{"id":"wamid...","message_status":"accepted"}]}
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0
                && messages[0].TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } wamid)
                return new SendResult(RemoteOutcome.Created, ProviderMessageId: wamid);
        }
        catch (JsonException)
        {
        }

        // Accepted but unreadable: sending again could deliver twice, and no status could ever be matched to it.
        return new SendResult(RemoteOutcome.PermanentFailure, Message: "WhatsApp accepted the message but its answer held no message id.");
    }

    private static string Describe(HttpStatusCode status, GraphError? error)
    {
        if (error is null)
            return $"WhatsApp answered HTTP {(int)status}.";
        var details = error.Details is { Length: > 0 } ? $" {error.Details}" : "";
        return $"WhatsApp refused the message (HTTP {(int)status}, code {error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}): {error.Message}{details}";
    }

    private static TimeSpan? Delay(RetryConditionHeaderValue? retryAfter, DateTimeOffset now) => retryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
