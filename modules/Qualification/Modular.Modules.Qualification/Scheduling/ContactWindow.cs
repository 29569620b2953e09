using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Modular.Modules.Qualification.Scheduling;

/// <summary>
/// When a tenant's leads may be contacted: days of the week and a range of local times in an IANA time zone,
/// optionally never on French public holidays. <see cref="ContactWindowCalculator"/> answers whether an instant is inside.
/// </summary>
/// <remarks>
/// <see cref="From"/> and <see cref="To"/> are whole minutes and both are inclusive: <see cref="To"/> names the last
/// minute in which contact is allowed, so the window closes at the end of that minute. "08:00"–"20:00" therefore allows
/// 20:00:59 but not 20:01, and "00:00"–"23:59" covers the whole day, which a closing time could not otherwise say
/// (a time of day has no 24:00). Days and holidays are judged by the local date in <see cref="TimeZoneId"/>.
/// </remarks>
internal sealed record ContactWindow(
    string TimeZoneId,
    IReadOnlySet<DayOfWeek> Days,
    TimeOnly From,
    TimeOnly To,
    bool ExcludePublicHolidays)
{
    /// <summary>France's rule for prospecting SMS: Monday to Saturday, 08:00 to 20:00 Paris time, never on a public holiday.</summary>
    public static ContactWindow Default { get; } = new(
        "Europe/Paris",
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }.ToFrozenSet(),
        new TimeOnly(8, 0),
        new TimeOnly(20, 0),
        ExcludePublicHolidays: true);

    /// <summary>What is wrong with this window, by the API's field names; empty when it can be used.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(TimeZoneId) || !TryFindZone(TimeZoneId, out _))
            errors["timeZone"] = [$"'{TimeZoneId}' is not an IANA time zone such as Europe/Paris or America/New_York."];
        if (Days.Count == 0)
            errors["days"] = ["Choose at least one day of the week."];
        else if (Days.Any(day => !Enum.IsDefined(day)))
            errors["days"] = ["Days are Mon, Tue, Wed, Thu, Fri, Sat and Sun."];
        if (!IsWholeMinute(From))
            errors["from"] = ["Give hours and minutes only (HH:mm)."];
        if (!IsWholeMinute(To))
            errors["to"] = ["Give hours and minutes only (HH:mm)."];
        else if (To <= From)
            errors["to"] = ["The window must close after it opens, on the same day (use 23:59 for the end of the day)."];
        return errors;
    }

    public bool Equals(ContactWindow? other) =>
        other is not null
        && TimeZoneId == other.TimeZoneId
        && Days.SetEquals(other.Days)
        && From == other.From
        && To == other.To
        && ExcludePublicHolidays == other.ExcludePublicHolidays;

    public override int GetHashCode() =>
        HashCode.Combine(TimeZoneId, Days.Aggregate(0, (mask, day) => mask | 1 << (int)day), From, To, ExcludePublicHolidays);

    // Windows ids also resolve on Linux; the window is stored and shown with IANA ids only, so those are refused.
    internal static bool TryFindZone(string id, [NotNullWhen(true)] out TimeZoneInfo? zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone) && zone.HasIanaId;

    private static bool IsWholeMinute(TimeOnly time) => time.Ticks % TimeSpan.TicksPerMinute == 0;
}
