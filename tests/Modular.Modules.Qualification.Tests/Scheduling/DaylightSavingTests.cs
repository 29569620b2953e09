using Modular.Modules.Qualification.Scheduling;
using static Modular.Modules.Qualification.Tests.Scheduling.TestWindows;

namespace Modular.Modules.Qualification.Tests.Scheduling;

/// <summary>
/// Paris goes from 02:00 CET to 03:00 CEST at 01:00 UTC on 29 March 2026, and from 03:00 CEST back to 02:00 CET at
/// 01:00 UTC on 25 October 2026; New York from 02:00 EST to 03:00 EDT at 07:00 UTC on 8 March 2026.
/// </summary>
public sealed class DaylightSavingTests
{
    [Fact]
    public void TheDefaultWindowOpensAtSummerTimesEightAfterTheChange() =>
        ContactWindow.Default.Calculator()
            .NextOpening(At("2026-03-28T19:30:00Z")) // Saturday 20:30 CET
            .ShouldBe(At("2026-03-30T06:00:00Z"));   // Monday 08:00 CEST

    [Fact]
    public void TheDefaultWindowOpensAtWinterTimesEightAfterTheChange() =>
        ContactWindow.Default.Calculator()
            .NextOpening(At("2026-10-24T19:00:00Z")) // Saturday 21:00 CEST
            .ShouldBe(At("2026-10-26T07:00:00Z"));   // Monday 08:00 CET

    [Fact]
    public void Easter2027FallsOnTheNightClocksGoForward() =>
        ContactWindow.Default.Calculator()
            .NextOpening(At("2027-03-27T19:30:00Z")) // Saturday 20:30 CET
            .ShouldBe(At("2027-03-30T06:00:00Z"));   // Tuesday 08:00 CEST, after Easter Sunday and Easter Monday

    [Fact]
    public void AnOpeningTimeThatDoesNotExistOpensWhenTheClockJumpsPastIt()
    {
        var calculator = WindowOf("Europe/Paris", EveryDay, "02:30", "04:00", holidays: false).Calculator();

        calculator.IsOpen(At("2026-03-29T00:59:59Z")).ShouldBeFalse(); // 01:59:59 CET
        calculator.IsOpen(At("2026-03-29T01:00:00Z")).ShouldBeTrue();  // 03:00 CEST
        calculator.NextOpening(At("2026-03-29T00:45:00Z")).ShouldBe(At("2026-03-29T01:00:00Z"));
    }

    [Fact]
    public void AnOpeningAtTheEndOfTheSkippedHourOpensAtTheJump() =>
        WindowOf("Europe/Paris", EveryDay, "03:00", "05:00", holidays: false).Calculator()
            .NextOpening(At("2026-03-29T00:30:00Z"))
            .ShouldBe(At("2026-03-29T01:00:00Z"));

    [Fact]
    public void AWindowInsideTheSkippedHourDoesNotOpenThatDay() =>
        WindowOf("Europe/Paris", EveryDay, "02:10", "02:50", holidays: false).Calculator()
            .NextOpening(At("2026-03-28T23:00:00Z")) // Sunday 00:00 CET
            .ShouldBe(At("2026-03-30T00:10:00Z"));   // Monday 02:10 CEST

    [Fact]
    public void AWindowCutShortByTheJumpOpensTheNextDay()
    {
        var calculator = WindowOf("Europe/Paris", EveryDay, "01:30", "02:00", holidays: false).Calculator();

        calculator.IsOpen(At("2026-03-29T00:59:00Z")).ShouldBeTrue();  // 01:59 CET
        calculator.NextOpening(At("2026-03-29T01:00:00Z"))             // 03:00 CEST
            .ShouldBe(At("2026-03-29T23:30:00Z"));                     // Monday 01:30 CEST
    }

    [Fact]
    public void ATimeThatHappensTwiceIsInsideTheWindowBothTimes()
    {
        var calculator = WindowOf("Europe/Paris", EveryDay, "02:30", "02:45", holidays: false).Calculator();

        calculator.NextOpening(At("2026-10-25T00:00:00Z")).ShouldBe(At("2026-10-25T00:30:00Z")); // 02:00 CEST → the first 02:30
        calculator.IsOpen(At("2026-10-25T00:40:00Z")).ShouldBeTrue();                             // 02:40 CEST
        calculator.NextOpening(At("2026-10-25T00:50:00Z")).ShouldBe(At("2026-10-25T01:30:00Z")); // 02:50 CEST → the second 02:30, in CET
        calculator.IsOpen(At("2026-10-25T01:40:00Z")).ShouldBeTrue();                             // 02:40 CET
        calculator.NextOpening(At("2026-10-25T01:50:00Z")).ShouldBe(At("2026-10-26T01:30:00Z")); // 02:50 CET → Monday 02:30 CET
    }

    [Fact]
    public void AClockFallingBackIntoTheWindowReopensIt() =>
        WindowOf("Europe/Paris", EveryDay, "01:00", "02:30", holidays: false).Calculator()
            .NextOpening(At("2026-10-25T00:45:00Z")) // 02:45 CEST, closed
            .ShouldBe(At("2026-10-25T01:00:00Z"));   // the clock reads 02:00 CET again

    [Fact]
    public void NewYorksSkippedHourIsHandledLikePariss() =>
        WindowOf("America/New_York", EveryDay, "02:30", "03:30", holidays: false).Calculator()
            .NextOpening(At("2026-03-08T06:45:00Z")) // 01:45 EST
            .ShouldBe(At("2026-03-08T07:00:00Z"));   // 03:00 EDT
}
