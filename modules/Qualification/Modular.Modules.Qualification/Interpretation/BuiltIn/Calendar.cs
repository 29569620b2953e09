namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>Day arithmetic the date rules share; weeks run Monday to Sunday, as in France and the ISO calendar.</summary>
internal static class Calendar
{
    public static DateOnly? NextOccurrence(DateOnly today, int month, int day) =>
        Make(today.Year, month, day) is { } thisYear && thisYear >= today ? thisYear : Make(today.Year + 1, month, day);

    public static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    public static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    public static DateOnly EndOfWeek(DateOnly d) => d.AddDays((7 - (int)d.DayOfWeek) % 7);

    public static DateOnly Next(DateOnly today, int month, int day) => NextOccurrence(today, month, day)!.Value;

    public static DateOnly Easter(DateOnly today) => DateWords.Easter(today.Year) is var easter && easter >= today ? easter : DateWords.Easter(today.Year + 1);
}
