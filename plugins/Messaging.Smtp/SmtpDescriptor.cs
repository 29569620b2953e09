using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Smtp;

/// <summary>What the email channel is and what a tenant configures for it.</summary>
internal static class SmtpDescriptor
{
    public static ChannelDescriptor Instance { get; } = new(
        "Email (SMTP)",
        "email",
        // The connection's base URL names the server: smtp://host:port.
        new Uri("smtp://localhost:25"),
        [
            new(SmtpSettings.FromSetting, "Sender address of every email, one the server lets you send as, for example alerts@example.com."),
            new(SmtpSettings.FromNameSetting, "Sender name shown to recipients, for example Modular.", Required: false),
            new(SmtpSettings.UsernameSetting, "User name for the server's AUTH LOGIN, when it asks for one.", Required: false),
            new(SmtpSettings.PasswordSetting, "Password for that user.", Secret: true, Required: false),
            new(SmtpSettings.SecuritySetting, "starttls (the default: the connection is upgraded to TLS before logging in, usually on port 587), or none for a relay on your own network. tls (TLS from the first byte, port 465) is not available in this version.", Required: false),
        ]);
}
