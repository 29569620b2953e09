using Modular.Modules.Qualification.Scheduling;
using static Modular.Modules.Qualification.Tests.Scheduling.TestWindows;

namespace Modular.Modules.Qualification.Tests.Scheduling;

public sealed class ContactWindowValidationTests
{
    [Fact]
    public void TheDefaultIsFrancesRuleForProspectingSms()
    {
        var window = ContactWindow.Default;

        window.TimeZoneId.ShouldBe("Europe/Paris");
        window.Days.Order().ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday]);
        window.From.ShouldBe(new TimeOnly(8, 0));
        window.To.ShouldBe(new TimeOnly(20, 0));
        window.ExcludePublicHolidays.ShouldBeTrue();
        window.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void TheAcceptanceProtocolsAllDayWindowIsValid() =>
        AlwaysOpen().Validate().ShouldBeEmpty();

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Asia/Kolkata")]
    [InlineData("UTC")]
    public void AcceptsIanaZones(string zone) =>
        WindowOf(zone, Weekdays, "09:00", "17:00", holidays: false).Validate().ShouldBeEmpty();

    [Theory]
    [InlineData("Europe/Atlantis")]
    [InlineData("")]
    [InlineData("Romance Standard Time")] // a Windows id: resolvable on Linux, but not how windows are stored
    public void RefusesAnUnknownOrNonIanaZone(string zone) =>
        WindowOf(zone, Weekdays, "09:00", "17:00", holidays: false).Validate().Keys.ShouldBe(["timeZone"]);

    [Theory]
    [InlineData("20:00", "08:00")]
    [InlineData("12:00", "12:00")]
    [InlineData("23:59", "00:00")]
    public void RefusesAWindowThatDoesNotCloseAfterItOpens(string from, string to) =>
        WindowOf("Europe/Paris", Weekdays, from, to, holidays: true).Validate().Keys.ShouldBe(["to"]);

    [Fact]
    public void RefusesAWindowWithoutDays() =>
        WindowOf("Europe/Paris", [], "08:00", "20:00", holidays: true).Validate().Keys.ShouldBe(["days"]);

    [Fact]
    public void RefusesAnUndefinedDay() =>
        WindowOf("Europe/Paris", [DayOfWeek.Monday, (DayOfWeek)7], "08:00", "20:00", holidays: true).Validate().Keys.ShouldBe(["days"]);

    [Fact]
    public void RefusesSecondsInTheBounds() =>
        WindowOf("Europe/Paris", Weekdays, "08:00:30", "20:00:01", holidays: true).Validate().Keys.Order().ShouldBe(["from", "to"]);

    [Fact]
    public void ListsEveryFaultByField() =>
        WindowOf("Nowhere/Special", [], "21:00", "09:00", holidays: true).Validate().Keys.Order().ShouldBe(["days", "timeZone", "to"]);

    [Fact]
    public void ACalculatorRefusesAnInvalidWindow() =>
        Should.Throw<ArgumentException>(() => new ContactWindowCalculator(WindowOf("Europe/Paris", Weekdays, "20:00", "08:00", holidays: true)));

    [Fact]
    public void WindowsWithTheSameRulesAreEqual()
    {
        var listedInOrder = WindowOf("Europe/Paris", [DayOfWeek.Monday, DayOfWeek.Saturday], "08:00", "20:00", holidays: true);
        var listedBackwards = WindowOf("Europe/Paris", [DayOfWeek.Saturday, DayOfWeek.Monday], "08:00", "20:00", holidays: true);

        listedBackwards.ShouldBe(listedInOrder);
        listedBackwards.GetHashCode().ShouldBe(listedInOrder.GetHashCode());
        (listedInOrder with { ExcludePublicHolidays = false }).ShouldNotBe(listedInOrder);
        WindowOf("Europe/Paris", [DayOfWeek.Monday], "08:00", "20:00", holidays: true).ShouldNotBe(listedInOrder);
    }
}
