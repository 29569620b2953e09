namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>Month, weekday and season names in French and English, folded (no accents), with their usual abbreviations.</summary>
internal static class DateWords
{
    public static readonly Dictionary<string, int> Months = new()
    {
        ["janvier"] = 1, ["janv"] = 1, ["fevrier"] = 2, ["fevr"] = 2, ["fev"] = 2, ["mars"] = 3, ["avril"] = 4, ["avr"] = 4, ["mai"] = 5,
        ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Names that are also ordinary words ("may" the verb, "sept" the number): months only beside a day, a year or a preposition.</summary>
    public static readonly HashSet<string> Ambiguous = ["may", "sept", "mar", "sep"];

    public static readonly Dictionary<string, DayOfWeek> Weekdays = new()
    {
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>Seasons by the day they begin in the northern hemisphere (the usual equinox and solstice dates).</summary>
    public static readonly Dictionary<string, (int Month, int Day)> Seasons = new()
    {
        ["printemps"] = (3, 20), ["spring"] = (3, 20), ["ete"] = (6, 21), ["summer"] = (6, 21),
        ["automne"] = (9, 22), ["autumn"] = (9, 22), ["fall"] = (9, 22), ["hiver"] = (12, 21), ["winter"] = (12, 21),
    };

    /// <summary>The last day of the season beginning on <paramref name="start"/>: the day before the next season begins.</summary>
    public static DateOnly SeasonEnd(DateOnly start) =>
        Seasons.Values.Distinct()
            .SelectMany(s => new[] { new DateOnly(start.Year, s.Month, s.Day), new DateOnly(start.Year + 1, s.Month, s.Day) })
            .Where(s => s > start).Min().AddDays(-1);

    public static readonly Dictionary<string, string> Units = new()
    {
        ["h"] = "h", ["heure"] = "h", ["heures"] = "h", ["hour"] = "h", ["hours"] = "h", ["hr"] = "h", ["hrs"] = "h",
        ["jour"] = "d", ["jours"] = "d", ["j"] = "d", ["day"] = "d", ["days"] = "d",
        ["semaine"] = "w", ["semaines"] = "w", ["sem"] = "w", ["week"] = "w", ["weeks"] = "w", ["wk"] = "w", ["wks"] = "w",
        ["mois"] = "m", ["month"] = "m", ["months"] = "m",
        ["an"] = "y", ["ans"] = "y", ["annee"] = "y", ["annees"] = "y", ["year"] = "y", ["years"] = "y", ["yr"] = "y", ["yrs"] = "y",
    };

    /// <summary>How many, for "dans N mois": digits, or these words; "quelques"/"a few" is taken as three.</summary>
    public static readonly Dictionary<string, decimal> Counts = new()
    {
        ["un"] = 1, ["une"] = 1, ["a"] = 1, ["an"] = 1, ["one"] = 1, ["deux"] = 2, ["two"] = 2, ["couple"] = 2, ["trois"] = 3, ["three"] = 3,
        ["quelques"] = 3, ["few"] = 3, ["plusieurs"] = 3, ["several"] = 3, ["quatre"] = 4, ["four"] = 4, ["cinq"] = 5, ["five"] = 5,
        ["six"] = 6, ["sept"] = 7, ["seven"] = 7, ["huit"] = 8, ["eight"] = 8, ["neuf"] = 9, ["nine"] = 9, ["dix"] = 10, ["ten"] = 10,
        ["onze"] = 11, ["eleven"] = 11, ["douze"] = 12, ["twelve"] = 12, ["quinze"] = 15, ["fifteen"] = 15, ["dix-huit"] = 18,
        ["eighteen"] = 18, ["vingt"] = 20, ["twenty"] = 20, ["trente"] = 30, ["thirty"] = 30,
    };

    /// <summary>Western Easter Sunday (anonymous Gregorian algorithm), for "à Pâques".</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
