using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp;

/// <summary>A tenant's WhatsApp configuration, read from the connection's settings by the names the descriptor declares.</summary>
internal sealed record WhatsAppSettings(
    string? PhoneNumberId,
    string? AccessToken,
    string? AppSecret,
    string? VerifyToken,
    string? TemplateName,
    string? TemplateLanguage,
    string ApiVersion)
{
    public const string PhoneNumberIdName = "phoneNumberId";
    public const string AccessTokenName = "accessToken";
    public const string AppSecretName = "appSecret";
    public const string VerifyTokenName = "verifyToken";
    public const string TemplateNameName = "templateName";
    public const string TemplateLanguageName = "templateLanguage";
    public const string ApiVersionName = "apiVersion";

    /// <summary>The Graph API version used when the tenant names none; Meta keeps each version for about two years.</summary>
    public const string DefaultApiVersion = "v21.0";

    public static WhatsAppSettings From(ChannelConnection connection)
    {
        var settings = connection.Settings;
        return new WhatsAppSettings(
            Read(settings, PhoneNumberIdName),
            Read(settings, AccessTokenName),
            Read(settings, AppSecretName),
            Read(settings, VerifyTokenName),
            Read(settings, TemplateNameName),
            Read(settings, TemplateLanguageName),
            Read(settings, ApiVersionName) ?? DefaultApiVersion);
    }

    private static string? Read(IReadOnlyDictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
