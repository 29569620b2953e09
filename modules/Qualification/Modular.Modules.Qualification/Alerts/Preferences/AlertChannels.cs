namespace Modular.Modules.Qualification.Alerts.Preferences;

/// <summary>How a rep may be alerted, as the preferences API names it.</summary>
internal static class AlertChannels
{
    public const string Email = "email";
    public const string Sms = "sms";

    public static readonly IReadOnlyList<string> All = [Email, Sms];
}
