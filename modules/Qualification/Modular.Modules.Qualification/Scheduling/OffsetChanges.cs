namespace Modular.Modules.Qualification.Scheduling;

/// <summary>The instants a time zone's UTC offset changes (daylight saving, or a change of standard time), found from <see cref="TimeZoneInfo.GetUtcOffset(DateTimeOffset)"/>.</summary>
/// <remarks>
/// TimeZoneInfo exposes its rules as adjustment rules whose shapes vary by platform; probing the offset hour by hour and
/// then narrowing to the tick is slower but reads the same on every platform. Zones change offset at most a few times a
/// year and never twice within an hour, so the hourly probe misses none.
/// </remarks>
internal static class OffsetChanges
{
    /// <summary>The changes after which the local date is <paramref name="date"/>, in UTC.</summary>
    public static IEnumerable<DateTimeOffset> On(TimeZoneInfo zone, DateOnly date)
    {
        // The local day lies within these UTC bounds whatever the offset (offsets range from -12:00 to +14:00).
        var utcMidnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var probe = utcMidnight.AddHours(-14);
        var end = utcMidnight.AddHours(24 + 12);
        var offset = zone.GetUtcOffset(probe);
        while (probe < end)
        {
            var next = probe.AddHours(1);
            var nextOffset = zone.GetUtcOffset(next);
            if (nextOffset != offset)
            {
                var change = Narrow(zone, probe, next);
                if (DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(change, zone).DateTime) == date)
                    yield return change;
            }
            probe = next;
            offset = nextOffset;
        }
    }

    // before has the old offset and after the new one; the change is the first tick with the new offset.
    private static DateTimeOffset Narrow(TimeZoneInfo zone, DateTimeOffset before, DateTimeOffset after)
    {
        var oldOffset = zone.GetUtcOffset(before);
        while (after.Ticks - before.Ticks > 1)
        {
            var middle = before.AddTicks((after.Ticks - before.Ticks) / 2);
            if (zone.GetUtcOffset(middle) == oldOffset)
                before = middle;
            else
                after = middle;
        }
        return after;
    }
}
