using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;

/// <summary>One tenant's WhatsApp account as the tests configure it.</summary>
internal static class TestAccount
{
    public const string PhoneNumberId = "106540352242922";
    public const string AccessToken = "EAAGm0PX4ZCpsBAtestaccesstoken";
    public const string AppSecret = "9b1f5c2e7a0d4e8f";
    public const string VerifyToken = "a-verify-token-the-tenant-chose";
    public const string TemplateName = "relance_qualification";
    public const string TemplateLanguage = "fr";
    public const string Lead = "+33612345678";
    public const string LeadDigits = "33612345678";

    public static readonly Uri InboundUrl = new("https://modular.example.com/hooks/messaging/whatsapp/c0ffee");

    public static ChannelConnection Connection(Uri baseUrl, Action<Dictionary<string, string>>? change = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["phoneNumberId"] = PhoneNumberId,
            ["accessToken"] = AccessToken,
            ["appSecret"] = AppSecret,
            ["verifyToken"] = VerifyToken,
            ["templateName"] = TemplateName,
            ["templateLanguage"] = TemplateLanguage,
        };
        change?.Invoke(settings);
        return new ChannelConnection(baseUrl, settings, InboundUrl);
    }

    /// <summary>For inbound tests, where no send happens.</summary>
    public static ChannelConnection Connection() => Connection(new Uri("http://127.0.0.1:9/"));
}
