namespace Modular.Modules.Messaging.Messages;

/// <summary>
/// A message's status. Outbound: <c>sending</c> while the provider is called, then what it answered, then what its
/// delivery reports say. Providers report out of order (Twilio's <c>sent</c> may arrive after <c>delivered</c>), so a
/// report only moves a message forward.
/// </summary>
internal static class MessageStatuses
{
    public const string Sending = "sending";
    public const string Accepted = "accepted";
    public const string RetryLater = "retry";
    public const string Failed = "failed";
    public const string Suppressed = "suppressed";
    public const string Received = "received";

    private static readonly Dictionary<string, int> Progress = new(StringComparer.Ordinal)
    {
        [Sending] = 0,
        [RetryLater] = 0,
        [Accepted] = 1,
        ["queued"] = 1,
        ["sent"] = 2,
        ["delivered"] = 3,
        ["undelivered"] = 3,
        [Failed] = 3,
        ["read"] = 4,
    };

    /// <summary>The statuses a provider may report (MessageStatusChanged's words).</summary>
    public static bool IsReportable(string status) => status is "queued" or "sent" or "delivered" or "read" or "failed" or "undelivered";

    /// <summary>Whether a provider's report <paramref name="reported"/> tells something newer than <paramref name="current"/>.</summary>
    public static bool Advances(string current, string reported) =>
        current != reported && Progress.TryGetValue(reported, out var next) && Progress.GetValueOrDefault(current, 0) <= next;

    /// <summary>The provider took the message: a retry under the same idempotency key answers Sent without sending again.</summary>
    public static bool WasAccepted(string status) => Progress.GetValueOrDefault(status, 0) >= 1 && status != Failed && status != "undelivered";
}
