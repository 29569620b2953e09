using Modular.Sdk.Testing.Fakes.WhatsApp;

namespace Modular.Modules.Messaging.Tests.Channels;

/// <summary>A tenant's WhatsApp channel pointed at a fake Meta server, as the tests configure it.</summary>
internal static class WhatsAppChannels
{
    public const string PhoneNumberId = "106540352242922";
    public const string AccessToken = "fake-meta-access-token";
    public const string AppSecret = "fake-meta-app-secret";
    public const string VerifyToken = "chosen-verify-token";
    public const string TemplateName = "relance_qualification";
    public const string TemplateLanguage = "fr";

    public static async Task<FakeWhatsAppServer> StartMetaAsync()
    {
        var meta = await FakeWhatsAppServer.StartAsync(PhoneNumberId, AccessToken);
        meta.ApproveTemplate(TemplateName, TemplateLanguage);
        return meta;
    }

    public static object Body(FakeWhatsAppServer meta) => new
    {
        type = "whatsapp",
        name = "WhatsApp",
        baseUrl = meta.BaseUrl.ToString(),
        conversationDefault = true,
        settings = new Dictionary<string, string>
        {
            ["phoneNumberId"] = PhoneNumberId,
            ["accessToken"] = AccessToken,
            ["appSecret"] = AppSecret,
            ["verifyToken"] = VerifyToken,
            ["templateName"] = TemplateName,
            ["templateLanguage"] = TemplateLanguage,
        },
    };
}
