namespace Modular.Modules.Qualification.ContactWindows;

/// <summary>Days of the week as the API writes them: Mon, Tue, Wed, Thu, Fri, Sat, Sun.</summary>
internal static class WeekDays
{
    private static readonly string[] Short = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    /// <summary>The days named, in week order; unknown names are left out (validation reports them first).</summary>
    public static IEnumerable<DayOfWeek> Parse(IEnumerable<string> names) =>
        names.Select(name => Array.FindIndex(Short, s => s.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Where(index => index >= 0)
            .Select(index => (DayOfWeek)index)
            .Distinct();

    public static bool IsDay(string name) => Short.Any(s => s.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Monday first, as the days are usually listed.</summary>
    public static IEnumerable<string> Names(IEnumerable<DayOfWeek> days) =>
        days.OrderBy(day => ((int)day + 6) % 7).Select(day => Short[(int)day]);
}
