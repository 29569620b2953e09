using System.Text;

namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>One client's dialogue with the fake server, command by command (RFC 5321 section 4.1).</summary>
internal sealed class SmtpSession(FakeSmtpServer server, Stream stream)
{
    private const string ServerName = "fake-smtp.localhost";

    private readonly SmtpLineReader reader = new(stream);
    private readonly List<string> recipients = [];
    private string? mailFrom;
    private string? authenticatedUser;

    /// <summary>Greets with an error reply and closes, as a server that is shutting down or overloaded does.</summary>
    public static async Task RefuseAsync(Stream stream, int code, string text, CancellationToken cancellationToken) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{code} {text}\r\n"), cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await ReplyAsync(220, $"{ServerName} ESMTP fake ready", cancellationToken);
        while (await ReadCommandAsync(cancellationToken) is { } line)
        {
            var space = line.IndexOf(' ');
            var verb = (space < 0 ? line : line[..space]).ToUpperInvariant();
            var argument = space < 0 ? "" : line[(space + 1)..].Trim();
            switch (verb)
            {
                case "EHLO":
                    Reset();
                    await ReplyAsync(250, [ServerName, "8BITMIME", "SMTPUTF8", "AUTH PLAIN LOGIN", "HELP"], cancellationToken);
                    break;
                case "HELO":
                    Reset();
                    await ReplyAsync(250, ServerName, cancellationToken);
                    break;
                case "AUTH":
                    await AuthenticateAsync(argument, cancellationToken);
                    break;
                case "MAIL":
                    await MailFromAsync(argument, cancellationToken);
                    break;
                case "RCPT":
                    await RecipientAsync(argument, cancellationToken);
                    break;
                case "DATA":
                    await DataAsync(cancellationToken);
                    break;
                case "RSET":
                    Reset();
                    await ReplyAsync(250, "2.0.0 OK", cancellationToken);
                    break;
                case "NOOP":
                    await ReplyAsync(250, "2.0.0 OK", cancellationToken);
                    break;
                case "QUIT":
                    await ReplyAsync(221, "2.0.0 Bye", cancellationToken);
                    return;
                default:
                    await ReplyAsync(502, "5.5.2 Command not recognized", cancellationToken);
                    break;
            }
        }
    }

    private async Task MailFromAsync(string argument, CancellationToken cancellationToken)
    {
        if (server.Rules.RequiredCredentials is not null && authenticatedUser is null)
            await ReplyAsync(530, "5.7.0 Authentication required", cancellationToken);
        else if (Address(argument, "FROM:") is not { } sender)
            await ReplyAsync(501, "5.5.4 Syntax: MAIL FROM:<address>", cancellationToken);
        else
        {
            Reset();
            mailFrom = sender;
            await ReplyAsync(250, "2.1.0 Sender OK", cancellationToken);
        }
    }

    private async Task RecipientAsync(string argument, CancellationToken cancellationToken)
    {
        if (mailFrom is null)
            await ReplyAsync(503, "5.5.1 Need MAIL before RCPT", cancellationToken);
        else if (Address(argument, "TO:") is not { } recipient)
            await ReplyAsync(501, "5.5.4 Syntax: RCPT TO:<address>", cancellationToken);
        else if (server.Rules.RecipientReplies.TryGetValue(recipient, out var scripted))
            await ReplyAsync(scripted.Code, scripted.Text, cancellationToken);
        else
        {
            recipients.Add(recipient);
            await ReplyAsync(250, "2.1.5 Recipient OK", cancellationToken);
        }
    }

    private async Task DataAsync(CancellationToken cancellationToken)
    {
        if (mailFrom is null || recipients.Count == 0)
        {
            await ReplyAsync(503, "5.5.1 Need MAIL and RCPT before DATA", cancellationToken);
            return;
        }

        await ReplyAsync(354, "End data with <CR><LF>.<CR><LF>", cancellationToken);
        var data = new List<byte>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line is [(byte)'.'])
            {
                server.Accept(new FakeSmtpMessage(mailFrom, [.. recipients], authenticatedUser, [.. data]));
                Reset();
                await ReplyAsync(250, $"2.0.0 Queued as {server.Messages.Count}", cancellationToken);
                return;
            }
            // Dot-stuffing (RFC 5321 section 4.5.2): the client doubled every line's leading dot.
            data.AddRange(line is [(byte)'.', ..] ? line.AsSpan(1) : line);
            data.AddRange("\r\n"u8);
        }
    }

    private async Task AuthenticateAsync(string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var mechanism = parts.Length > 0 ? parts[0].ToUpperInvariant() : "";
        var initial = parts.Length > 1 ? parts[1] : null;
        (string User, string Password)? given = mechanism switch
        {
            "PLAIN" => await PlainAsync(initial, cancellationToken),
            "LOGIN" => await LoginAsync(initial, cancellationToken),
            _ => null,
        };

        if (mechanism is not ("PLAIN" or "LOGIN"))
            await ReplyAsync(504, "5.5.4 Unrecognized authentication type", cancellationToken);
        else if (given is null)
            await ReplyAsync(501, "5.5.2 Cannot decode the response", cancellationToken);
        else if (server.Rules.RequiredCredentials is { } required && given != required)
            await ReplyAsync(535, "5.7.8 Authentication credentials invalid", cancellationToken);
        else
        {
            authenticatedUser = given.Value.User;
            await ReplyAsync(235, "2.7.0 Authentication successful", cancellationToken);
        }
    }

    // RFC 4616: base64 of "authzid NUL authcid NUL password".
    private async Task<(string, string)?> PlainAsync(string? initial, CancellationToken cancellationToken)
    {
        if (initial is null)
        {
            await ReplyAsync(334, "", cancellationToken);
            initial = await ReadCommandAsync(cancellationToken);
        }
        var fields = FromBase64(initial)?.Split('\0');
        return fields is { Length: 3 } ? (fields[1], fields[2]) : null;
    }

    // The LOGIN mechanism (draft-murchison-sasl-login): the server asks for the user name, then the password.
    private async Task<(string, string)?> LoginAsync(string? initial, CancellationToken cancellationToken)
    {
        if (initial is null)
        {
            await ReplyAsync(334, Convert.ToBase64String("Username:"u8), cancellationToken);
            initial = await ReadCommandAsync(cancellationToken);
        }
        var user = FromBase64(initial);
        await ReplyAsync(334, Convert.ToBase64String("Password:"u8), cancellationToken);
        var password = FromBase64(await ReadCommandAsync(cancellationToken));
        return user is null || password is null ? null : (user, password);
    }

    private void Reset()
    {
        mailFrom = null;
        recipients.Clear();
    }

    private async Task<string?> ReadCommandAsync(CancellationToken cancellationToken) =>
        await reader.ReadLineAsync(cancellationToken) is { } line ? Encoding.UTF8.GetString(line) : null;

    private static string? Address(string argument, string prefix)
    {
        if (!argument.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            return null;
        var rest = argument[prefix.Length..].TrimStart();
        var close = rest.IndexOf('>');
        return rest.StartsWith('<') && close > 0 ? rest[1..close] : null;
    }

    private static string? FromBase64(string? value)
    {
        if (value is null || value == "*")
            return null;
        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }

    private Task ReplyAsync(int code, string text, CancellationToken cancellationToken) => ReplyAsync(code, [text], cancellationToken);

    // A multiline reply repeats the code with a hyphen on every line but the last (RFC 5321 section 4.2.1).
    private async Task ReplyAsync(int code, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var reply = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
            reply.Append(code).Append(i < lines.Count - 1 ? '-' : ' ').Append(lines[i]).Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply.ToString()), cancellationToken);
    }
}
