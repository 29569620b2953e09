namespace Modular.Modules.Qualification.Scheduling;

/// <summary>Whether a contact window is open at an instant, and when it next opens.</summary>
/// <remarks>
/// The window is a rule on local clock readings, so daylight-saving changes shape it: on the spring-forward day a local
/// time that does not exist is skipped (a window opening at 02:30 in Paris opens at 03:00 that day, if still open then),
/// and on the fall-back day a local time that happens twice is inside the window both times. Openings are therefore
/// found among the instants where the local reading can enter the window: the opening time itself (once or twice) and
/// the moments the zone's offset changes.
/// </remarks>
internal sealed class ContactWindowCalculator
{
    // A valid window opens at least one day a week, and no weekday is a holiday more than three weeks in a row
    // (1 May, 8 May and Ascension can be three Thursdays): the search never needs more than a few weeks.
    private const int DaysSearched = 8 * 7;

    private readonly ContactWindow window;
    private readonly TimeZoneInfo zone;

    public ContactWindowCalculator(ContactWindow window)
    {
        var errors = window.Validate();
        if (errors.Count > 0)
            throw new ArgumentException($"Invalid contact window: {string.Join(" ", errors.SelectMany(e => e.Value))}", nameof(window));
        ContactWindow.TryFindZone(window.TimeZoneId, out var found);
        this.window = window;
        zone = found!;
    }

    public bool IsOpen(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var minute = new TimeOnly(local.Hour, local.Minute);
        return IsContactDay(DateOnly.FromDateTime(local)) && minute >= window.From && minute <= window.To;
    }

    /// <summary>The instant itself when the window is open then, otherwise the first later instant it is (in UTC).</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        if (IsOpen(instant))
            return instant;
        var firstDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        for (var offset = 0; offset <= DaysSearched; offset++)
        {
            var date = firstDate.AddDays(offset);
            if (!IsContactDay(date))
                continue;
            var opening = CandidateOpenings(date).Where(c => c > instant && IsOpen(c)).Select(c => (DateTimeOffset?)c).Min();
            if (opening is not null)
                return opening.Value;
        }
        throw new InvalidOperationException($"The contact window does not open within {DaysSearched} days of {instant:O}.");
    }

    private bool IsContactDay(DateOnly date) =>
        window.Days.Contains(date.DayOfWeek) && !(window.ExcludePublicHolidays && FrenchPublicHolidays.Contains(date));

    private IEnumerable<DateTimeOffset> CandidateOpenings(DateOnly date)
    {
        var opening = date.ToDateTime(window.From);
        if (zone.IsAmbiguousTime(opening))
        {
            foreach (var offset in zone.GetAmbiguousTimeOffsets(opening))
                yield return new DateTimeOffset(opening, offset).ToUniversalTime();
        }
        else if (!zone.IsInvalidTime(opening))
            yield return new DateTimeOffset(opening, zone.GetUtcOffset(opening)).ToUniversalTime();

        foreach (var change in OffsetChanges.On(zone, date))
            yield return change;
    }
}
