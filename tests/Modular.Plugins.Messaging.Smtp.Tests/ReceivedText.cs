namespace Modular.Plugins.Messaging.Smtp.Tests;

internal static class ReceivedText
{
    /// <summary>
    /// The body as the sender wrote it: SMTP ends a message's last line with CRLF and SmtpClient adds a line break after
    /// the body, so the trailing line breaks are the transport's, and line endings are CRLF on the wire.
    /// </summary>
    public static string Text(this FakeSmtpMessage message) => message.Body.ReplaceLineEndings("\n").TrimEnd('\n');
}
