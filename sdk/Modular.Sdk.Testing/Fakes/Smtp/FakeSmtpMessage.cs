using System.Text;

namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>One message the fake server accepted: its envelope, its headers and its text.</summary>
public sealed class FakeSmtpMessage
{
    private readonly MimeEntity content;

    internal FakeSmtpMessage(string mailFrom, IReadOnlyList<string> recipients, string? authenticatedUser, byte[] data)
    {
        MailFrom = mailFrom;
        Recipients = recipients;
        AuthenticatedUser = authenticatedUser;
        RawData = data;
        content = MimeEntity.Parse(data);
    }

    /// <summary>The envelope sender (MAIL FROM), without angle brackets; empty for a bounce.</summary>
    public string MailFrom { get; }

    /// <summary>The envelope recipients (RCPT TO) the server accepted, without angle brackets.</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>The user name the client authenticated as, or null if it did not.</summary>
    public string? AuthenticatedUser { get; }

    /// <summary>The message exactly as received after DATA, dot-unstuffed, lines ending in CRLF.</summary>
    public IReadOnlyList<byte> RawData { get; }

    /// <summary>The message as received, read as UTF-8 text.</summary>
    public string Data => Encoding.UTF8.GetString([.. RawData]);

    /// <summary>Every header in order, unfolded, with its raw value (encoded words left as sent).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => content.Headers;

    /// <summary>The first header of that name (case-insensitive), unfolded, with RFC 2047 encoded words decoded; null if absent.</summary>
    public string? Header(string name) => content.Header(name) is { } value ? EncodedWords.Decode(value) : null;

    /// <summary>The Subject header, decoded.</summary>
    public string? Subject => Header("Subject");

    /// <summary>The From header, decoded (display name and address, as written).</summary>
    public string? From => Header("From");

    /// <summary>The To header, decoded.</summary>
    public string? To => Header("To");

    /// <summary>The Message-ID header, angle brackets included.</summary>
    public string? MessageId => Header("Message-ID");

    /// <summary>
    /// The body as text: its Content-Transfer-Encoding (quoted-printable, base64, 7bit or 8bit) undone and its charset
    /// applied. For a multipart message, the first text/plain part.
    /// </summary>
    public string Body => content.Text();
}
