namespace Modular.Plugins.Messaging.Twilio.Tests.Infrastructure;

/// <summary>Tenant configurations of the Twilio channel for the tests.</summary>
internal static class Connections
{
    public const string Sender = "+15005550006";

    public static readonly Uri InboundUrl = new("https://leads.example.com/hooks/messaging/twilio/3f2a9c");

    public static ChannelConnection To(FakeTwilioServer twilio, params (string Name, string? Value)[] overrides) =>
        Of(twilio.BaseUrl, twilio.AccountSid, twilio.AuthToken, overrides);

    public static ChannelConnection Of(Uri baseUrl, string accountSid, string authToken, params (string Name, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string>
        {
            ["accountSid"] = accountSid,
            ["authToken"] = authToken,
            ["from"] = Sender,
        };
        foreach (var (name, value) in overrides)
        {
            if (value is null)
                settings.Remove(name);
            else
                settings[name] = value;
        }
        return new ChannelConnection(baseUrl, settings, InboundUrl);
    }

    public static ChannelConnection ForInbound(string authToken) => Of(new Uri("https://api.twilio.com"), FakeTwilioServer.DefaultAccountSid, authToken);
}
