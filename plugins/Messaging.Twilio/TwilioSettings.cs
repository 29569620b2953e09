using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Twilio;

/// <summary>The settings a tenant gives the Twilio channel, and the descriptor that lists them.</summary>
internal static class TwilioSettings
{
    public const string AccountSid = "accountSid";
    public const string AuthToken = "authToken";
    public const string From = "from";
    public const string MessagingServiceSid = "messagingServiceSid";

    public static ChannelDescriptor Descriptor { get; } = new(
        "Twilio SMS",
        "phone",
        new Uri("https://api.twilio.com"),
        [
            new(AccountSid, "Account SID (starts with AC), shown on the Twilio console's home page."),
            new(AuthToken, "Auth Token of that account, beside the Account SID on the console. It also signs Twilio's webhooks.", Secret: true),
            // Exactly one sender is needed; the descriptor cannot say "one of two", so both are optional here and SendAsync says which is missing.
            new(From, "Sender: one of the account's phone numbers in E.164 (+15005550006). Give this or a Messaging Service SID.", Required: false),
            new(MessagingServiceSid, "Sender: a Messaging Service SID (starts with MG) that picks the number. Give this or a From number.", Required: false),
        ]);

    public static string? Read(ChannelConnection connection, string name) =>
        connection.Settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
