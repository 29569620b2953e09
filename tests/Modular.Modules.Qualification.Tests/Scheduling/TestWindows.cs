using Modular.Modules.Qualification.Scheduling;

namespace Modular.Modules.Qualification.Tests.Scheduling;

/// <summary>Contact windows the scheduling tests share, and a short way to write instants.</summary>
internal static class TestWindows
{
    public static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>What the acceptance protocol sets: every day, all day, holidays included.</summary>
    public static ContactWindow AlwaysOpen(string zone = "Europe/Paris") => WindowOf(zone, EveryDay, "00:00", "23:59", holidays: false);

    public static ContactWindow WindowOf(string zone, IEnumerable<DayOfWeek> days, string from, string to, bool holidays) =>
        new(zone, days.ToHashSet(), TimeOnly.Parse(from), TimeOnly.Parse(to), holidays);

    public static ContactWindowCalculator Calculator(this ContactWindow window) => new(window);

    /// <summary>An instant written in ISO 8601 with its offset, e.g. "2026-03-29T01:00:00Z".</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
