using System.Globalization;

namespace Modular.Sdk.Testing.Fakes.HubSpot;

/// <summary>
/// Dates as HubSpot keeps them: to the millisecond, shown as ISO 8601 in UTC (<c>2025-03-01T09:30:00.123Z</c>), and
/// taken in filters either that way or as milliseconds since the epoch.
/// </summary>
internal static class HubSpotDates
{
    public static DateTimeOffset ToMillisecond(DateTimeOffset time) => DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A number as itself, a date as its milliseconds since the epoch, anything else as null.</summary>
    public static decimal? Comparable(string? value) =>
        value is null ? null
        : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.ToUnixTimeMilliseconds()
        : null;
}
