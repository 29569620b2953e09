namespace Modular.Modules.Qualification.Alerts.Preferences;

/// <summary>
/// Local hours a rep does not want to be alerted in, read in the tenant's time zone. <see cref="From"/> after
/// <see cref="To"/> spans midnight (20:00–08:00), the usual case.
/// </summary>
internal sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    public bool Covers(TimeOnly local) => From < To ? local >= From && local < To : local >= From || local < To;

    /// <summary>When the quiet hours around <paramref name="now"/> end, or null when <paramref name="now"/> is outside them.</summary>
    public DateTimeOffset? EndAround(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        if (!Covers(TimeOnly.FromDateTime(local)))
            return null;

        var end = local.Date + To.ToTimeSpan();
        if (end <= local)
            end = end.AddDays(1);
        // An end inside a spring-forward gap does not exist on the clock: the hours end when the clock reaches past it.
        while (zone.IsInvalidTime(end))
            end = end.AddMinutes(15);
        return new DateTimeOffset(end, zone.GetUtcOffset(end)).ToUniversalTime();
    }
}
