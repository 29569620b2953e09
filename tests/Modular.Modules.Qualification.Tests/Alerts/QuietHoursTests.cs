using Modular.Modules.Qualification.Alerts.Preferences;

namespace Modular.Modules.Qualification.Tests.Alerts;

public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly QuietHours Night = new(new TimeOnly(20, 0), new TimeOnly(8, 0));

    [Theory]
    [InlineData("2026-11-23T18:59:00Z", null)]
    [InlineData("2026-11-23T19:00:00Z", "2026-11-24T07:00:00Z")]
    [InlineData("2026-11-23T23:30:00Z", "2026-11-24T07:00:00Z")]
    [InlineData("2026-11-24T06:59:00Z", "2026-11-24T07:00:00Z")]
    [InlineData("2026-11-24T07:00:00Z", null)]
    public void Night_quiet_hours_in_paris_end_at_eight_local_time(string now, string? end) =>
        Night.EndAround(DateTimeOffset.Parse(now), Paris).ShouldBe(end is null ? null : DateTimeOffset.Parse(end));

    [Fact]
    public void Daytime_quiet_hours_cover_only_their_span()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0));

        lunch.EndAround(DateTimeOffset.Parse("2026-07-01T10:30:00Z"), Paris).ShouldBe(DateTimeOffset.Parse("2026-07-01T12:00:00Z"), "12:30 in Paris in summer (UTC+2)");
        lunch.EndAround(DateTimeOffset.Parse("2026-07-01T12:00:00Z"), Paris).ShouldBeNull();
        lunch.EndAround(DateTimeOffset.Parse("2026-07-01T09:59:00Z"), Paris).ShouldBeNull();
    }

    [Fact]
    public void Quiet_hours_ending_in_the_spring_forward_gap_end_when_the_clock_passes_it()
    {
        // On 29 March 2026 Paris clocks jump from 02:00 to 03:00: 02:30 does not exist.
        var early = new QuietHours(new TimeOnly(22, 0), new TimeOnly(2, 30));

        early.EndAround(DateTimeOffset.Parse("2026-03-28T23:00:00Z"), Paris).ShouldBe(DateTimeOffset.Parse("2026-03-29T01:00:00Z"));
    }
}
