using System.Globalization;
using System.Text.RegularExpressions;

namespace Modular.Modules.Qualification.Alerts.Preferences;

/// <summary>
/// A user's alert preferences as the API reads and writes them:
/// <c>{"channels":["email","sms"],"verdicts":["Hot","Qualified"],"quietHours":{"from":"20:00","to":"08:00"},"phone":"+33612345678"}</c>.
/// The answer adds the user and the time zone the quiet hours are read in.
/// </summary>
internal sealed record AlertPreferencesView(
    IReadOnlyList<string>? Channels, IReadOnlyList<string>? Verdicts, QuietHoursView? QuietHours, string? Phone, Guid? UserId = null, string? TimeZone = null)
{
    public static AlertPreferencesView Of(Guid userId, AlertPreferences preferences, string timeZone) => new(
        preferences.Channels,
        preferences.Verdicts,
        preferences.QuietHours is { } quiet ? new QuietHoursView(quiet.From.ToString("HH:mm"), quiet.To.ToString("HH:mm")) : null,
        preferences.Phone,
        userId,
        timeZone);

    /// <summary>The preferences described, or the errors by field.</summary>
    /// <param name="accountPhone">The phone number on the user's account, which SMS alerts use when the request gives none.</param>
    public (AlertPreferences? Preferences, Dictionary<string, string[]> Errors) ToPreferences(string? accountPhone)
    {
        var errors = new Dictionary<string, string[]>();
        var channels = Channels ?? AlertPreferences.Default.Channels;
        if (channels.Any(c => !AlertChannels.All.Contains(c)))
            errors["channels"] = [$"Channels are {string.Join(" and ", AlertChannels.All)}; give an empty list for no alerts."];
        var verdicts = Verdicts ?? AlertPreferences.Default.Verdicts;
        if (verdicts.Any(v => !AlertPreferences.AlertableVerdicts.Contains(v)))
            errors["verdicts"] = [$"Alerts can be had for {string.Join(", ", AlertPreferences.AlertableVerdicts)}."];

        var phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        if (phone is not null && !E164.IsMatch(phone))
            errors["phone"] = ["Give the number in E.164 form, for example +33612345678."];
        else if (phone is null && channels.Contains(AlertChannels.Sms) && !IsE164(accountPhone))
            errors["phone"] = ["SMS alerts need a phone number: give one here, in E.164 form, or on the user's account."];

        var quiet = ReadQuietHours(errors);
        return errors.Count > 0
            ? (null, errors)
            : (new AlertPreferences([.. channels.Distinct()], [.. verdicts.Distinct()], quiet, phone), errors);
    }

    private QuietHours? ReadQuietHours(Dictionary<string, string[]> errors)
    {
        if (QuietHours is null)
            return null;
        var from = ParseTime(QuietHours.From, "quietHours.from", errors);
        var to = ParseTime(QuietHours.To, "quietHours.to", errors);
        if (from is null || to is null)
            return null;
        if (from == to)
        {
            errors["quietHours"] = ["From and to are the same time: give two different times, or null for no quiet hours."];
            return null;
        }
        return new QuietHours(from.Value, to.Value);
    }

    private static TimeOnly? ParseTime(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        errors[field] = ["Give a local time as HH:mm, for example 20:00."];
        return null;
    }

    private static bool IsE164(string? phone) => phone is not null && E164.IsMatch(phone);

    private static readonly Regex E164 = new(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant);
}

/// <summary>Quiet hours as local <c>HH:mm</c> times in the tenant's time zone.</summary>
internal sealed record QuietHoursView(string? From, string? To);
