using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Mail;
using System.Text;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Smtp;

/// <summary>A tenant's SMTP connection, read from its channel configuration.</summary>
internal sealed record SmtpSettings(string Host, int Port, MailAddress From, NetworkCredential? Credentials, SmtpSecurity Security)
{
    public const string FromSetting = "from";
    public const string FromNameSetting = "fromName";
    public const string UsernameSetting = "username";
    public const string PasswordSetting = "password";
    public const string SecuritySetting = "security";

    // Uri knows no default port for smtp://; 25 is SMTP's.
    private const int DefaultPort = 25;

    /// <summary>Reads the connection, or says what is wrong with it in words a client can act on (never quoting a secret).</summary>
    public static bool TryRead(ChannelConnection connection, [NotNullWhen(true)] out SmtpSettings? settings, [NotNullWhen(false)] out string? problem)
    {
        settings = null;
        var server = connection.BaseUrl;
        if (server.Scheme != "smtp" || string.IsNullOrEmpty(server.Host))
        {
            problem = $"The server must be written smtp://host:port, not {server.Scheme}://….";
            return false;
        }

        var from = Setting(connection, FromSetting);
        if (from is null || !MailAddress.TryCreate(from, Setting(connection, FromNameSetting), Encoding.UTF8, out var sender))
        {
            problem = $"Set '{FromSetting}' to the sender's email address.";
            return false;
        }

        if (ReadSecurity(Setting(connection, SecuritySetting)) is not { } security)
        {
            problem = $"'{SecuritySetting}' is none, starttls or tls.";
            return false;
        }

        var username = Setting(connection, UsernameSetting);
        var credentials = username is null ? null : new NetworkCredential(username, Setting(connection, PasswordSetting) ?? "");
        settings = new SmtpSettings(server.IdnHost, server.Port < 0 ? DefaultPort : server.Port, sender, credentials, security);
        problem = null;
        return true;
    }

    private static SmtpSecurity? ReadSecurity(string? value) => value?.ToLowerInvariant() switch
    {
        null or "starttls" => SmtpSecurity.StartTls,
        "none" => SmtpSecurity.None,
        "tls" => SmtpSecurity.Tls,
        _ => null,
    };

    private static string? Setting(ChannelConnection connection, string name) =>
        connection.Settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
