using VerdictNames = Modular.Modules.Qualification.Shared.Verdicts;

namespace Modular.Modules.Qualification.Alerts.Preferences;

/// <summary>What a user wants to be alerted about and how; a user who never chose gets <see cref="Default"/>.</summary>
/// <param name="Phone">E.164 number for SMS alerts; null to use the phone number of the user's account.</param>
internal sealed record AlertPreferences(IReadOnlyList<string> Channels, IReadOnlyList<string> Verdicts, QuietHours? QuietHours, string? Phone)
{
    /// <summary>The verdicts worth interrupting a rep for; the others only reach the dashboard and the CRM.</summary>
    public static readonly IReadOnlyList<string> AlertableVerdicts = [VerdictNames.Hot, VerdictNames.Qualified, VerdictNames.ToReview];

    public static AlertPreferences Default { get; } = new([AlertChannels.Email], [VerdictNames.Hot, VerdictNames.Qualified], null, null);

    public bool Wants(string verdict) => Verdicts.Contains(verdict, StringComparer.Ordinal);
}
