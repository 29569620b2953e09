using System.Collections.Frozen;
using System.Globalization;
using Modular.Modules.Qualification.Scheduling;

namespace Modular.Modules.Qualification.ContactWindows;

/// <summary>The contact window as the API reads and writes it: <c>{"timeZone","days":["Mon",…],"from":"08:00","to":"20:00","holidays":false}</c>.</summary>
/// <param name="Holidays">True (the default) to keep French public holidays closed, as French law asks of prospecting SMS; false to contact leads on those days too.</param>
internal sealed record WindowView(string TimeZone, IReadOnlyList<string> Days, string From, string To, bool Holidays)
{
    public static WindowView Of(ContactWindow window) =>
        new(window.TimeZoneId, WeekDays.Names(window.Days).ToList(), window.From.ToString("HH:mm"), window.To.ToString("HH:mm"), window.ExcludePublicHolidays);

    /// <summary>The window described, or the errors by field.</summary>
    public (ContactWindow? Window, Dictionary<string, string[]> Errors) ToWindow()
    {
        var errors = new Dictionary<string, string[]>();
        if (Days is null || Days.Any(day => !WeekDays.IsDay(day ?? "")))
            errors["days"] = ["Days are Mon, Tue, Wed, Thu, Fri, Sat and Sun."];
        var from = ParseTime(From, "from", errors);
        var to = ParseTime(To, "to", errors);
        if (errors.Count > 0)
            return (null, errors);

        var window = new ContactWindow(TimeZone ?? "", WeekDays.Parse(Days!).ToFrozenSet(), from, to, ExcludePublicHolidays: Holidays);
        var invalid = window.Validate();
        return invalid.Count > 0 ? (null, invalid) : (window, errors);
    }

    private static TimeOnly ParseTime(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        errors[field] = ["Give a local time as HH:mm, for example 08:00."];
        return default;
    }
}
