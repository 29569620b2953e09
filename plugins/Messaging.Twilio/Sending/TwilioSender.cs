using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Twilio.Sending;

/// <summary>Who a message is sent as: the form field Twilio expects and its value.</summary>
internal sealed record TwilioSender(string Field, string Value)
{
    /// <summary>
    /// A Messaging Service wins over a From number when both are set: Twilio then picks the number itself
    /// (sticky sender, geographic match), which is why a client sets one up.
    /// </summary>
    public static TwilioSender? From(ChannelConnection connection) =>
        TwilioSettings.Read(connection, TwilioSettings.MessagingServiceSid) is { } service ? new("MessagingServiceSid", service)
        : TwilioSettings.Read(connection, TwilioSettings.From) is { } number ? new("From", number)
        : null;
}
