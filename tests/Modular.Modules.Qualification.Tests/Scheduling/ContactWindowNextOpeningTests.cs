using Modular.Modules.Qualification.Scheduling;
using static Modular.Modules.Qualification.Tests.Scheduling.TestWindows;

namespace Modular.Modules.Qualification.Tests.Scheduling;

public sealed class ContactWindowNextOpeningTests
{
    [Theory]
    [InlineData("2026-03-02T10:00:00Z")]
    [InlineData("2026-03-02T19:00:30Z")] // within the closing minute
    public void AnOpenInstantIsItsOwnOpening(string instant) =>
        ContactWindow.Default.Calculator().NextOpening(At(instant)).ShouldBe(At(instant));

    [Theory]
    [InlineData("2026-03-02T05:00:00Z", "2026-03-02T07:00:00Z")] // Monday 06:00 → 08:00 the same morning
    [InlineData("2026-03-02T19:01:00Z", "2026-03-03T07:00:00Z")] // Monday 20:01 → Tuesday 08:00
    [InlineData("2026-03-02T22:30:00Z", "2026-03-03T07:00:00Z")] // Monday 23:30 → across midnight
    [InlineData("2026-03-07T20:00:00Z", "2026-03-09T07:00:00Z")] // Saturday 21:00 → Monday, over Sunday
    [InlineData("2026-03-07T23:00:00Z", "2026-03-09T07:00:00Z")] // Sunday 00:00 → Monday
    [InlineData("2026-03-02T06:00:00+01:00", "2026-03-02T07:00:00Z")] // written with Paris's offset
    public void TheDefaultWindowOpensAtTheNext8OClockOfAWorkingDay(string instant, string opening)
    {
        var next = ContactWindow.Default.Calculator().NextOpening(At(instant));

        next.ShouldBe(At(opening));
        next.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("2026-04-30T18:30:00Z", "2026-05-02T06:00:00Z")] // Thursday evening → Saturday, over Labour Day (a Friday)
    [InlineData("2026-05-13T18:30:00Z", "2026-05-15T06:00:00Z")] // Wednesday evening → Friday, over Ascension
    [InlineData("2026-05-23T18:30:00Z", "2026-05-26T06:00:00Z")] // Saturday evening → Tuesday, over Sunday and Whit Monday
    [InlineData("2026-04-04T18:30:00Z", "2026-04-07T06:00:00Z")] // Saturday evening → Tuesday, over Easter
    [InlineData("2027-12-24T19:30:00Z", "2027-12-27T07:00:00Z")] // Friday evening → Monday, over Christmas (a Saturday) and Sunday
    public void TheDefaultWindowSkipsHolidaysInARowWithSundays(string instant, string opening) =>
        ContactWindow.Default.Calculator().NextOpening(At(instant)).ShouldBe(At(opening));

    [Theory]
    [InlineData("2026-04-30T18:30:00Z", "2026-05-04T06:00:00Z")] // Thursday evening → Monday, over Labour Day and the weekend
    [InlineData("2026-05-07T18:30:00Z", "2026-05-11T06:00:00Z")] // Thursday evening → Monday, over 8 May and the weekend
    public void AWeekdayWindowSkipsAFridayHolidayAndTheWeekend(string instant, string opening) =>
        WindowOf("Europe/Paris", Weekdays, "08:00", "20:00", holidays: true).Calculator().NextOpening(At(instant)).ShouldBe(At(opening));

    [Fact]
    public void AWindowEndingAtDawnOpensAgainAtMidnight() =>
        WindowOf("Europe/Paris", EveryDay, "00:00", "06:00", holidays: false).Calculator()
            .NextOpening(At("2026-03-02T22:30:00Z")) // Monday 23:30 in Paris
            .ShouldBe(At("2026-03-02T23:00:00Z"));   // Tuesday 00:00

    [Theory]
    [InlineData("2026-03-08T03:00:00Z")]
    [InlineData("2026-03-29T00:59:59Z")]
    [InlineData("2026-10-25T01:00:00Z")]
    [InlineData("2026-05-01T21:59:59.999Z")]
    public void TheAcceptanceProtocolsWindowOpensAtOnce(string instant) =>
        AlwaysOpen().Calculator().NextOpening(At(instant)).ShouldBe(At(instant));

    [Theory]
    [InlineData("2026-03-06T22:30:00Z", "2026-03-09T13:00:00Z")] // Friday 17:30 EST → Monday 09:00 EDT, over the change to summer time
    [InlineData("2026-10-30T22:00:00Z", "2026-11-02T14:00:00Z")] // Friday 18:00 EDT → Monday 09:00 EST, over the change back
    [InlineData("2026-07-14T12:00:00Z", "2026-07-14T13:00:00Z")] // 14 July is a working day there when holidays are not excluded
    public void ANewYorkWindowOpensAt9NewYorkTime(string instant, string opening) =>
        WindowOf("America/New_York", Weekdays, "09:00", "17:00", holidays: false).Calculator().NextOpening(At(instant)).ShouldBe(At(opening));
}
