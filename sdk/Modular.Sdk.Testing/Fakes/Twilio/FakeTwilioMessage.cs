namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>A message the fake Twilio server accepted.</summary>
/// <param name="Sid">The id it answered (<c>SM</c> and 32 hexadecimal digits), which status callbacks carry.</param>
/// <param name="To">The <c>To</c> field.</param>
/// <param name="From">The <c>From</c> field, when the sender was a number.</param>
/// <param name="MessagingServiceSid">The <c>MessagingServiceSid</c> field, when the sender was a Messaging Service.</param>
/// <param name="Body">The <c>Body</c> field.</param>
/// <param name="StatusCallback">The <c>StatusCallback</c> field: where Twilio would post delivery statuses.</param>
/// <param name="Segments">The segments it was counted as.</param>
public sealed record FakeTwilioMessage(string Sid, string To, string? From, string? MessagingServiceSid, string Body, Uri? StatusCallback, int Segments)
{
    /// <summary>When the fake accepted it, by the wall clock (UTC).</summary>
    public DateTimeOffset AcceptedAt { get; init; }

    /// <summary>
    /// When the fake accepted it, as a <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> value: monotonic and
    /// comparable with Stopwatch timestamps taken elsewhere in the same process, so a benchmark can measure from its
    /// own events to the acceptance without trusting the wall clock.
    /// </summary>
    public long AcceptedTimestamp { get; init; }
}
