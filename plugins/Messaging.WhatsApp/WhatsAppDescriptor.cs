using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp;

/// <summary>What the WhatsApp channel is and what a tenant configures for it.</summary>
internal static class WhatsAppDescriptor
{
    public static ChannelDescriptor Instance { get; } = new(
        "WhatsApp (Meta Cloud API)",
        "phone",
        new Uri("https://graph.facebook.com"),
        [
            new(WhatsAppSettings.PhoneNumberIdName, "Phone number ID of the sending number (WhatsApp Manager > API Setup), not the number itself."),
            new(WhatsAppSettings.AccessTokenName, "A permanent system-user access token with the whatsapp_business_messaging permission.", Secret: true),
            new(WhatsAppSettings.AppSecretName, "The Meta app's secret (App settings > Basic); it signs every webhook Meta sends.", Secret: true),
            new(WhatsAppSettings.VerifyTokenName, "Any string you choose and also enter as the verify token of the webhook in the Meta app.", Secret: true),
            new(WhatsAppSettings.TemplateNameName, "Name of an approved message template with one body variable, sent when the lead has not written for 24 hours."),
            new(WhatsAppSettings.TemplateLanguageName, "Language code of that template as approved, for example fr or en_US."),
            new(WhatsAppSettings.ApiVersionName, $"Graph API version, for example {WhatsAppSettings.DefaultApiVersion} (the default).", Required: false),
        ],
        FreeTextWindow: TimeSpan.FromHours(24));
}
