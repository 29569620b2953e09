using System.Net.Mail;
using System.Net.Sockets;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Smtp;

/// <summary>
/// What a failed SMTP send means for retrying. SMTP says it in the reply code's first digit: 4xx is transient (the server
/// is busy, a mailbox is temporarily unavailable), 5xx is permanent (unknown mailbox, authentication refused). A server
/// that cannot be reached, or that drops the connection, may be back later.
/// </summary>
internal static class SmtpFailures
{
    public static SendResult Classify(Exception exception)
    {
        // SmtpClient wraps the server's reply in "Failure sending mail." exceptions; the innermost one with a code says what happened.
        var replied = Chain(exception).OfType<SmtpException>().LastOrDefault(e => e.StatusCode != SmtpStatusCode.GeneralFailure);
        if (replied is not null)
        {
            var code = (int)replied.StatusCode;
            var outcome = code is >= 400 and < 500 ? RemoteOutcome.RetryableFailure : RemoteOutcome.PermanentFailure;
            return new SendResult(outcome, Message: replied.Message, ErrorCode: code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Chain(exception).Any(e => e is SocketException or IOException or TimeoutException))
            return new SendResult(RemoteOutcome.RetryableFailure, Message: $"The mail server could not be reached or closed the connection: {Chain(exception).Last().Message}");

        // What is left is the server and the configuration disagreeing (no STARTTLS offered, a TLS certificate refused):
        // retrying would fail the same way until someone changes one of them.
        return new SendResult(RemoteOutcome.PermanentFailure, Message: string.Join(" ", Chain(exception).Select(e => e.Message).Distinct()));
    }

    public static SendResult TimedOut(TimeSpan timeout) =>
        new(RemoteOutcome.RetryableFailure, Message: $"The mail server did not complete the exchange within {timeout.TotalSeconds:0.#} s.");

    public static SendResult Misconfigured(string reason) => new(RemoteOutcome.PermanentFailure, Message: reason);

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
            yield return current;
    }
}
