using Modular.Modules.Qualification.Scheduling;
using static Modular.Modules.Qualification.Tests.Scheduling.TestWindows;

namespace Modular.Modules.Qualification.Tests.Scheduling;

/// <summary>
/// Walks every minute of a few weeks that hold clock changes and holidays, works out from <see cref="ContactWindowCalculator.IsOpen"/>
/// alone when the window next opens, and checks <see cref="ContactWindowCalculator.NextOpening"/> finds the same instant.
/// Window bounds and these zones' clock changes fall on whole minutes, so every opening is one of the minutes walked.
/// </summary>
public sealed class NextOpeningAgreesWithAMinuteByMinuteScanTests
{
    private static readonly Dictionary<string, ContactWindow> WindowsByName = new()
    {
        ["default"] = ContactWindow.Default,
        ["weekdays"] = WindowOf("Europe/Paris", Weekdays, "08:00", "20:00", holidays: true),
        ["skipped hour"] = WindowOf("Europe/Paris", EveryDay, "02:30", "04:00", holidays: false),
        ["inside skipped hour"] = WindowOf("Europe/Paris", [DayOfWeek.Sunday, DayOfWeek.Monday], "02:10", "02:50", holidays: false),
        ["repeated hour"] = WindowOf("Europe/Paris", EveryDay, "02:30", "02:45", holidays: true),
        ["falls back into"] = WindowOf("Europe/Paris", EveryDay, "01:00", "02:30", holidays: false),
        ["new york"] = WindowOf("America/New_York", Weekdays, "09:00", "17:00", holidays: true),
        ["new york nights"] = WindowOf("America/New_York", EveryDay, "00:00", "02:59", holidays: false),
    };

    public static TheoryData<string, string> Periods()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in WindowsByName.Keys)
        {
            data.Add(name, "2026-03-02"); // New York's change to summer time
            data.Add(name, "2026-03-25"); // Paris's change to summer time, then Easter
            data.Add(name, "2026-04-29"); // Labour Day, 8 May, Ascension and Whit Monday
            data.Add(name, "2026-10-22"); // both changes back
            data.Add(name, "2027-03-24"); // Easter 2027 on the night Paris changes
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void EveryMinuteOfAPeriod(string window, string firstDay)
    {
        var calculator = WindowsByName[window].Calculator();
        var start = new DateTimeOffset(DateOnly.Parse(firstDay).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        const int minutesChecked = 16 * 24 * 60;
        // Beyond the period, enough to find the opening after its last minute even over a long weekend.
        const int minutesScanned = minutesChecked + 8 * 24 * 60;

        var open = Enumerable.Range(0, minutesScanned).Select(m => calculator.IsOpen(start.AddMinutes(m))).ToArray();
        var nextOpenMinute = new int?[minutesScanned + 1];
        for (var m = minutesScanned - 1; m >= 0; m--)
            nextOpenMinute[m] = open[m] ? m : nextOpenMinute[m + 1];

        open.ShouldContain(true);
        open.ShouldContain(false);
        for (var m = 0; m < minutesChecked; m++)
        {
            var minute = start.AddMinutes(m);
            calculator.NextOpening(minute).ShouldBe(start.AddMinutes(nextOpenMinute[m]!.Value), $"from {minute:O}");

            var halfPast = minute.AddSeconds(30);
            var expected = open[m] ? halfPast : start.AddMinutes(nextOpenMinute[m + 1]!.Value);
            calculator.NextOpening(halfPast).ShouldBe(expected, $"from {halfPast:O}");
        }
    }
}
