using Modular.Modules.Qualification.Scheduling;

namespace Modular.Modules.Qualification.Tests.Scheduling;

public sealed class FrenchPublicHolidaysTests
{
    [Theory]
    [InlineData(1818, 3, 22)] // the earliest possible date
    [InlineData(1943, 4, 25)] // the latest possible date
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void ComputesEasterSunday(int year, int month, int day) =>
        FrenchPublicHolidays.EasterSunday(year).ShouldBe(new DateOnly(year, month, day));

    [Fact]
    public void EasterIsASundayBetween22MarchAnd25AprilInEveryGregorianYear()
    {
        for (var year = 1583; year <= 9999; year++)
        {
            var easter = FrenchPublicHolidays.EasterSunday(year);
            easter.DayOfWeek.ShouldBe(DayOfWeek.Sunday, $"Easter {year}");
            easter.ShouldBeInRange(new DateOnly(year, 3, 22), new DateOnly(year, 4, 25), $"Easter {year}");
        }
    }

    [Fact]
    public void Lists2026sElevenHolidaysWithTheEasterBasedOnes() =>
        FrenchPublicHolidays.In(2026).ShouldBe(
        [
            new DateOnly(2026, 1, 1),
            new DateOnly(2026, 4, 6),  // Easter Monday
            new DateOnly(2026, 5, 1),
            new DateOnly(2026, 5, 8),
            new DateOnly(2026, 5, 14), // Ascension Thursday
            new DateOnly(2026, 5, 25), // Whit Monday
            new DateOnly(2026, 7, 14),
            new DateOnly(2026, 8, 15),
            new DateOnly(2026, 11, 1),
            new DateOnly(2026, 11, 11),
            new DateOnly(2026, 12, 25),
        ]);

    [Fact]
    public void Lists2027sEasterBasedHolidays() =>
        FrenchPublicHolidays.In(2027).ShouldBe(
        [
            new DateOnly(2027, 1, 1),
            new DateOnly(2027, 3, 29), // Easter Monday
            new DateOnly(2027, 5, 1),
            new DateOnly(2027, 5, 6),  // Ascension Thursday
            new DateOnly(2027, 5, 8),
            new DateOnly(2027, 5, 17), // Whit Monday
            new DateOnly(2027, 7, 14),
            new DateOnly(2027, 8, 15),
            new DateOnly(2027, 11, 1),
            new DateOnly(2027, 11, 11),
            new DateOnly(2027, 12, 25),
        ]);

    [Theory]
    [InlineData("2026-04-05")] // Easter Sunday: a Sunday, not a holiday of its own
    [InlineData("2026-04-03")] // Good Friday: Alsace-Moselle only
    [InlineData("2026-05-24")] // Whit Sunday
    [InlineData("2026-12-26")] // Saint Stephen's day: Alsace-Moselle only
    [InlineData("2026-01-02")]
    [InlineData("2027-04-05")] // 2026's Easter Monday date, a working day in 2027
    [InlineData("2027-05-14")] // 2026's Ascension date
    public void WorkingDaysAreNotHolidays(string date) =>
        FrenchPublicHolidays.Contains(DateOnly.Parse(date)).ShouldBeFalse();

    [Theory]
    [InlineData(2008, "2008-05-01")] // Easter on 23 March: Ascension on Labour Day
    [InlineData(2059, "2059-05-08")] // Easter on 30 March: Ascension on Victory Day
    public void CountsADayOnceWhenAscensionFallsOnAFixedHoliday(int year, string shared)
    {
        FrenchPublicHolidays.In(year).Count.ShouldBe(10);
        FrenchPublicHolidays.In(year).ShouldContain(DateOnly.Parse(shared));
        FrenchPublicHolidays.EasterSunday(year).AddDays(39).ShouldBe(DateOnly.Parse(shared));
    }

    [Fact]
    public void ContainsExactlyTheListedDaysOfEveryYear()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var listed = FrenchPublicHolidays.In(year);
            var found = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
                .Select(day => new DateOnly(year, 1, 1).AddDays(day))
                .Where(FrenchPublicHolidays.Contains);
            found.ShouldBe(listed, $"holidays of {year}");
        }
    }
}
