using System.Text.Json;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Modules.Messaging.Tests.Channels;

/// <summary>A tenant's Twilio channel pointed at a fake Twilio server, as the tests configure it.</summary>
internal static class TwilioChannels
{
    public const string OwnNumber = "+15005550006";

    public static object Body(FakeTwilioServer twilio, bool conversationDefault = true, string? authToken = null) => new
    {
        type = "twilio",
        name = "SMS",
        baseUrl = twilio.BaseUrl.ToString(),
        conversationDefault,
        settings = new Dictionary<string, string>
        {
            ["accountSid"] = twilio.AccountSid,
            ["authToken"] = authToken ?? twilio.AuthToken,
            ["from"] = OwnNumber,
        },
    };

    public static Uri InboundUrl(JsonElement channel) => new(channel.GetProperty("inboundUrl").GetString()!);
}
