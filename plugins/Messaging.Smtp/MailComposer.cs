using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Smtp;

/// <summary>Turns an outbound message into a plain-text email with an id of our own.</summary>
internal static class MailComposer
{
    public const string DefaultSubject = "Message from Modular";

    /// <summary>An RFC 5322 Message-ID, unique and in the sender's domain, so replies and bounces can be matched to it.</summary>
    public static string NewMessageId(MailAddress from) => $"<{Guid.NewGuid():N}@{from.Host}>";

    public static MailMessage Compose(SmtpSettings settings, MailAddress to, OutboundMessage message, string messageId)
    {
        var mail = new MailMessage(settings.From, to)
        {
            Subject = SubjectOf(message),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            // Readable in the raw source for mostly-ASCII French and English text, unlike base64.
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        mail.Headers.Add("Message-ID", messageId);
        // RFC 3834: alerts are machine-sent, so out-of-office responders do not answer them.
        mail.Headers.Add("Auto-Submitted", "auto-generated");
        return mail;
    }

    // A subject is one header line: a line break inside it would be refused, or end the header early.
    private static string SubjectOf(OutboundMessage message) =>
        string.IsNullOrWhiteSpace(message.Subject)
            ? DefaultSubject
            : string.Join(' ', message.Subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
