namespace Modular.Modules.Qualification.Scheduling;

/// <summary>
/// France's eleven national public holidays (Code du travail, L3133-1), on which prospecting messages are not sent.
/// Alsace-Moselle's two extra days (Good Friday, 26 December) are regional and not part of the national rule.
/// </summary>
internal static class FrenchPublicHolidays
{
    private static readonly (int Month, int Day)[] FixedDays =
    [
        (1, 1),   // Jour de l'an
        (5, 1),   // Fête du travail
        (5, 8),   // Victoire 1945
        (7, 14),  // Fête nationale
        (8, 15),  // Assomption
        (11, 1),  // Toussaint
        (11, 11), // Armistice 1918
        (12, 25), // Noël
    ];

    // Easter Monday, Ascension Thursday and Whit Monday, as days after Easter Sunday.
    private static readonly int[] DaysAfterEaster = [1, 39, 50];

    public static bool Contains(DateOnly date)
    {
        if (FixedDays.Contains((date.Month, date.Day)))
            return true;
        // Every Easter-based holiday falls between 23 March and 14 June: most dates need no Easter computation.
        if (date.Month is < 3 or > 6)
            return false;
        var easter = EasterSunday(date.Year);
        return DaysAfterEaster.Any(days => easter.AddDays(days) == date);
    }

    /// <summary>The year's holiday dates in calendar order: eleven, or ten when Ascension falls on 1 or 8 May (as in 2008).</summary>
    public static IReadOnlyList<DateOnly> In(int year)
    {
        var easter = EasterSunday(year);
        return FixedDays.Select(day => new DateOnly(year, day.Month, day.Day))
            .Concat(DaysAfterEaster.Select(easter.AddDays))
            .Distinct()
            .Order()
            .ToArray();
    }

    /// <summary>
    /// Easter Sunday of the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher):
    /// the Paschal full moon from the Metonic cycle with the century's solar and lunar corrections, then the following Sunday.
    /// </summary>
    public static DateOnly EasterSunday(int year)
    {
        var goldenNumber = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var leapCenturies = century / 4;
        var centuryRemainder = century % 4;
        var moonCorrection = (century - (century + 8) / 25 + 1) / 3;
        var epact = (19 * goldenNumber + century - leapCenturies - moonCorrection + 15) % 30;
        var leapYears = yearOfCentury / 4;
        var yearRemainder = yearOfCentury % 4;
        var daysToSunday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
        var lateCorrection = (goldenNumber + 11 * epact + 22 * daysToSunday) / 451;
        var fromMarch = epact + daysToSunday - 7 * lateCorrection + 114;
        return new DateOnly(year, fromMarch / 31, fromMarch % 31 + 1);
    }
}
