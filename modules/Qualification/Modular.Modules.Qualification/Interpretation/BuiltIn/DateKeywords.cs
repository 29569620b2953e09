using static Modular.Modules.Qualification.Interpretation.BuiltIn.Calendar;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>
/// Words that name a day by themselves, each with how it resolves from today. Longer phrases come first, so
/// "fin du mois prochain" is read before "mois prochain" and "après-demain" before "demain".
/// </summary>
internal static class DateKeywords
{
    public static readonly (string Phrase, Func<DateOnly, DateOnly> Resolve)[] All =
    [
        .. Phrases(d => d.AddDays(2), "apres demain", "day after tomorrow"),
        .. Phrases(d => d, "asap", "des que possible", "des que possibles", "au plus vite", "au plus tot", "le plus tot possible", "le plus vite possible",
            "tout de suite", "immediatement", "aujourd hui", "aujourdhui", "ce soir", "today", "tonight", "right now", "right away", "immediately",
            "as soon as possible", "urgent", "urgently", "en urgence", "des maintenant", "maintenant", "now", "tt de suite", "rapidement", "vite",
            "quickly", "tres vite"),
        .. Phrases(d => d.AddDays(1), "demain", "tomorrow", "tmrw", "tmr", "2main"),
        .. Phrases(d => EndOfWeek(d).AddDays(7), "fin de la semaine prochaine", "fin de semaine prochaine", "end of next week"),
        .. Phrases(d => EndOfWeek(d).AddDays(1), "semaine prochaine", "next week", "semaine pro", "sem prochaine"),
        .. Phrases(EndOfWeek, "fin de la semaine", "fin de semaine", "end of the week", "end of this week", "cette semaine", "this week", "dans la semaine", "later this week"),
        .. Phrases(d => EndOfWeek(d).AddDays(6), "week end prochain", "weekend prochain", "next weekend", "next week end"),
        .. Phrases(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? d : EndOfWeek(d).AddDays(-1), "ce week end", "ce weekend", "ce we", "this weekend", "le week end", "le weekend", "weekend", "week end"),
        .. Phrases(d => FirstOfMonth(d).AddMonths(2).AddDays(-1), "fin du mois prochain", "end of next month"),
        .. Phrases(d => FirstOfMonth(d).AddMonths(1), "debut du mois prochain", "debut de mois prochain", "early next month", "beginning of next month", "start of next month",
            "mois prochain", "next month", "mois pro"),
        .. Phrases(d => FirstOfMonth(d).AddMonths(1).AddDays(-1), "fin du mois", "fin de mois", "end of the month", "end of this month", "this month", "ce mois ci",
            "ce mois", "dans le mois", "courant du mois", "later this month"),
        .. Phrases(d => new DateOnly(d.Year + 1, 12, 31), "fin de l annee prochaine", "fin d annee prochaine", "end of next year"),
        .. Phrases(d => new DateOnly(d.Year + 1, 7, 1), "mi annee prochaine", "milieu de l annee prochaine", "mid next year", "middle of next year"),
        .. Phrases(d => new DateOnly(d.Year + 1, 1, 1), "debut de l annee prochaine", "debut d annee prochaine", "early next year", "beginning of next year",
            "annee prochaine", "an prochain", "next year", "annee pro"),
        .. Phrases(d => new DateOnly(d.Year, 12, 31), "fin de l annee", "fin d annee", "fin de cette annee", "fin de lannee", "end of the year", "end of this year",
            "year end", "cette annee", "this year", "dans l annee", "courant de l annee", "later this year", "en fin d annee", "by the end of the year"),
        .. Phrases(d => new DateOnly(d.Year + 1, 1, 1), "the new year", "nouvel an", "new year"),
        .. Phrases(d => Next(d, 9, 1), "la rentree", "rentree"),
        .. Phrases(d => Next(d, 12, 24), "avant noel", "before christmas", "before xmas"),
        .. Phrases(d => Next(d, 12, 25), "noel", "christmas", "xmas"),
        .. Phrases(d => Easter(d), "paques", "easter"),
    ];

    private static IEnumerable<(string, Func<DateOnly, DateOnly>)> Phrases(Func<DateOnly, DateOnly> resolve, params string[] phrases) =>
        phrases.Select(p => (p, resolve));
}
