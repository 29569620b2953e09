using System.Globalization;
using System.Text.RegularExpressions;
using Modular.Sdk.Extensions.Interpretation;
using static Modular.Modules.Qualification.Interpretation.BuiltIn.Calendar;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// Dates and timeframes, resolved from the conversation's local date (<see cref="QuestionSpec.Now"/>). The rules a
/// lead can check in the explanation:
/// <list type="bullet">
/// <item>"ASAP", "dès que possible", "tout de suite" are today; "demain" tomorrow; "dans 3 mois" three months from today.</item>
/// <item>A period still to come is its first day: "le mois prochain" is the 1st of next month, "au printemps" 20 March,
/// "en mars" 1 March, "l'année prochaine" 1 January.</item>
/// <item>A period already running is its last day: "cette année", "ce mois-ci", "cette semaine" (the lead means "before it ends").</item>
/// <item>A deadline is its period's last day: "d'ici la fin de l'année", "by March", "fin mars"; "avant mars" is the day before March.</item>
/// <item>A range ("dans 3 à 6 mois") is its earliest date; a day without a year is its next occurrence; 03/04 is day first.</item>
/// </list>
/// </summary>
internal static partial class DateReader
{
    private sealed record Found(DateOnly Date, double Confidence)
    {
        /// <summary>A day that does not exist ("31 février", "31/02"): the lead is asked again rather than given a neighbour.</summary>
        public static readonly Found Impossible = new(default, 0);
    }

    private static readonly string[] Hesitations = ["je ne sais pas", "je sais pas", "sais pas", "peut etre", "not sure", "maybe", "perhaps", "pas sur", "environ", "vers", "around", "about", "je pense", "i think", "normalement", "probablement", "probably"];


    public static AnswerInterpretation Read(QuestionSpec question, Reply reply)
    {
        var today = DateOnly.FromDateTime(question.Now.DateTime);
        var loose = Spaces().Replace(reply.Folded.Replace('\'', ' '), " ").Trim();
        var found = Numeric(loose, today) ?? Named(reply.Text, today) ?? Relative(loose, today) ?? Keyword(reply, today)
            ?? Seasonal(reply.Text, today) ?? Quarter(reply.Text, today) ?? Month(reply.Text, today) ?? Weekday(reply.Text, today) ?? Year(reply.Text, today);
        if (found is null)
            return question.NotUnderstood("Aucune date ni aucun délai reconnu dans la réponse.", "No date or timeframe was found in the reply.");
        if (found == Found.Impossible)
            return question.NotUnderstood("La date donnée n'existe pas dans le calendrier.", "The date given does not exist in the calendar.");
        var confidence = Hesitations.Any(reply.Has) ? found.Confidence - 0.15 : found.Confidence;
        var culture = CultureInfo.GetCultureInfo(Wording.IsFrench(question.Locale) ? "fr-FR" : "en-GB");
        string Long(DateOnly date) => date.ToString("d MMMM yyyy", culture);
        return new AnswerInterpretation(true, found.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Math.Round(confidence, 2),
            question.Say($"Compris comme le {Long(found.Date)} : {question.Quote(Wording.Shorten(reply.Original))}, lu le {Long(today)}.",
                $"Understood as {Long(found.Date)}: {question.Quote(Wording.Shorten(reply.Original))}, read on {Long(today)}."));
    }

    private static Found? Numeric(string loose, DateOnly today)
    {
        if (Iso().Match(loose) is { Success: true } iso && Make(int.Parse(iso.Groups[1].Value), int.Parse(iso.Groups[2].Value), int.Parse(iso.Groups[3].Value)) is { } isoDate)
            return new Found(isoDate, 0.95);
        if (DayMonth().Match(loose) is not { Success: true } match)
            return null;
        var (first, second) = (int.Parse(match.Groups["a"].Value), int.Parse(match.Groups["b"].Value));
        // Day first, as in France and Britain; month first only when the day-first reading is impossible (03/15).
        var (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second);
        if (match.Groups["y"].Success)
        {
            var year = int.Parse(match.Groups["y"].Value);
            return Make(year < 100 ? 2000 + year : year, month, day) is { } dated ? new Found(dated, 0.95) : Found.Impossible;
        }
        return NextOccurrence(today, month, day) is { } next ? new Found(next, 0.9) : Found.Impossible;
    }

    private static Found? Named(string text, DateOnly today)
    {
        foreach (Match match in DayNameMonth().Matches(text).Concat(MonthNameDay().Matches(text)))
        {
            if (!DateWords.Months.TryGetValue(match.Groups["m"].Value, out var month))
                continue;
            var day = match.Groups["d"].Value is "premier" or "first" ? 1 : int.Parse(match.Groups["d"].Value);
            if (match.Groups["y"].Success)
                return Make(int.Parse(match.Groups["y"].Value), month, day) is { } dated ? new Found(dated, 0.95) : Found.Impossible;
            return NextOccurrence(today, month, day) is { } next ? new Found(next, 0.9) : Found.Impossible;
        }
        // "le 15": this month's 15th, or next month's when it has passed.
        if (DayAlone().Match(text) is { Success: true } alone && int.Parse(alone.Groups["d"].Value) is var only and >= 1 and <= 31)
        {
            var month = FirstOfMonth(today);
            var date = Make(month.Year, month.Month, only) is { } thisMonth && thisMonth >= today ? thisMonth : Make(month.AddMonths(1).Year, month.AddMonths(1).Month, only);
            return date is { } found ? new Found(found, 0.8) : null;
        }
        return null;
    }

    private static Found? Relative(string loose, DateOnly today)
    {
        // Hours count only as a delay ("sous 48h"): "demain 15h" is a time of day.
        var match = Within().Matches(loose).FirstOrDefault(m => Count(m.Groups["n"].Value) is not null && (m.Groups["pre"].Success || !m.Groups["unit"].Value.StartsWith('h')));
        if (match is null || !DateWords.Units.TryGetValue(match.Groups["unit"].Value, out var unit))
            return null;
        var count = Count(match.Groups["n"].Value)!.Value;
        // Beyond a century it is not a plan, and DateOnly would not hold it.
        if (count > 1_000)
            return null;
        if (match.Groups["half"].Success)
            count += 0.5m;
        var ago = match.Groups["ago"].Success || match.Groups["ago2"].Success;
        var sign = ago ? -1 : 1;
        // "dans quinze jours" and "dans huit jours" are the French idioms for two weeks and one week.
        var days = unit == "d" && count is 15 or 8 && match.Groups["n"].Value is "quinze" or "huit" or "15" or "8" ? count - 1 : count;
        var date = unit switch
        {
            "h" => today.AddDays(sign * (int)Math.Ceiling(count / 24)),
            "d" => today.AddDays(sign * (int)Math.Round(days)),
            "w" => today.AddDays(sign * (int)Math.Round(count * 7)),
            "m" when count == Math.Floor(count) => today.AddMonths(sign * (int)count),
            "m" => today.AddMonths(sign * (int)Math.Floor(count)).AddDays(sign * 15),
            _ when count * 12 == Math.Floor(count * 12) => today.AddMonths(sign * (int)(count * 12)),
            _ => today.AddDays(sign * (int)Math.Round(count * 365)),
        };
        var vague = match.Groups["n"].Value is "quelques" or "few" or "plusieurs" or "several";
        var bare = !match.Groups["pre"].Success && !ago;
        return new Found(date, vague ? 0.6 : bare ? 0.8 : 0.9);
    }

    private static decimal? Count(string said) =>
        decimal.TryParse(said.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n
        : DateWords.Counts.TryGetValue(said.Replace("a ", "").Replace(" of", ""), out var word) ? word
        : null;

    private static Found? Keyword(Reply reply, DateOnly today)
    {
        foreach (var (phrase, resolve) in DateKeywords.All)
            // "pas maintenant", "not now": later, but not when.
            if (reply.Has(phrase) && !reply.Has($"pas {phrase}") && !reply.Has($"not {phrase}") && !reply.Has($"not right {phrase}"))
                return new Found(resolve(today), 0.9);
        return null;
    }

    private static Found? Seasonal(string text, DateOnly today)
    {
        var match = Season().Match(text);
        if (!match.Success)
            return null;
        var name = match.Groups["s"].Value;
        // "été" is also "been" ("j'ai été"): a season only after a word that introduces one.
        if (name == "ete" && !match.Groups["mod"].Success && !match.Groups["next"].Success)
            return null;
        var (month, day) = DateWords.Seasons[name];
        DateOnly Start(int year) => new(year, month, day);
        DateOnly End(DateOnly start) => DateWords.SeasonEnd(start);
        var running = new[] { Start(today.Year - 1), Start(today.Year) }.Where(s => s <= today && today <= End(s)).Cast<DateOnly?>().FirstOrDefault();
        var coming = Start(today.Year) > today ? Start(today.Year) : Start(today.Year + 1);
        var begins = match.Groups["next"].Success ? (running is { } current ? current.AddYears(1) : coming) : running ?? coming;
        var ends = End(begins);
        var modifier = match.Groups["mod"].Value;
        var date = modifier switch
        {
            // "d'ici l'été", "by the summer": a deadline, so the season's last day.
            "fin" or "end of" or "late" or "avant la fin de l" or "fin de l" or "fin d" or "d ici l" or "d ici" or "by" or "by the" => ends,
            "avant" or "avant l" or "before" => begins.AddDays(-1),
            "mi" or "mid" or "milieu de l" => begins.AddDays(45),
            _ when running == begins && !match.Groups["next"].Success => today,
            _ => begins,
        };
        return new Found(date < today ? today : date, 0.85);
    }

    // "Q2 2027", "T3": a quarter's first day, this year's when still to come.
    private static Found? Quarter(string text, DateOnly today)
    {
        var match = QuarterPattern().Match(text);
        if (!match.Success)
            return null;
        var quarter = match.Groups["q"].Success ? int.Parse(match.Groups["q"].Value) : match.Groups["w"].Value switch
        {
            "1er" or "premier" or "first" => 1,
            "2e" or "2eme" or "deuxieme" or "second" => 2,
            "3e" or "3eme" or "troisieme" or "third" => 3,
            _ => 4,
        };
        var month = (quarter - 1) * 3 + 1;
        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value) : today.Year;
        var start = new DateOnly(year, month, 1);
        if (!match.Groups["y"].Success && start.AddMonths(3) <= today)
            start = start.AddYears(1);
        // "fin T1", "end of Q1": the quarter's last day.
        var date = match.Groups["end"].Success ? start.AddMonths(3).AddDays(-1) : start;
        return new Found(date < today ? today : date, 0.85);
    }

    private static Found? Month(string text, DateOnly today)
    {
        foreach (Match match in MonthWithModifier().Matches(text))
        {
            var name = match.Groups["m"].Value;
            if (!DateWords.Months.TryGetValue(name, out var month))
                continue;
            var modifier = match.Groups["mod"].Value;
            if (DateWords.Ambiguous.Contains(name) && modifier.Length == 0 && !match.Groups["y"].Success)
                continue;
            var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value) : month >= today.Month ? today.Year : today.Year + 1;
            var first = new DateOnly(year, month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            var date = modifier switch
            {
                "fin" or "end of" or "late" or "by" or "d ici" or "by the end of" or "au plus tard en" or "avant fin" => last,
                "mi" or "mid" or "milieu" or "middle of" => first.AddDays(14),
                "avant" or "before" => first.AddDays(-1),
                _ => first,
            };
            return new Found(date < today ? today : date, 0.9);
        }
        return null;
    }

    private static Found? Weekday(string text, DateOnly today)
    {
        foreach (var word in text.Split(' '))
            if (DateWords.Weekdays.TryGetValue(word, out var day))
            {
                var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
                return new Found(today.AddDays(ahead == 0 ? 7 : ahead), 0.85);
            }
        return null;
    }

    private static Found? Year(string text, DateOnly today)
    {
        var match = YearWithModifier().Match(text);
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["y"].Value);
        if (year < today.Year || year > today.Year + 20)
            return null;
        var date = match.Groups["mod"].Value switch
        {
            "fin" or "end of" or "late" or "by" or "d ici" or "by the end of" or "avant fin" => new DateOnly(year, 12, 31),
            "mi" or "mid" or "milieu" or "middle of" => new DateOnly(year, 7, 1),
            "avant" or "before" => new DateOnly(year - 1, 12, 31),
            "debut" or "early" or "beginning of" or "start of" => new DateOnly(year, 1, 1),
            _ when year == today.Year => new DateOnly(year, 12, 31),
            _ => new DateOnly(year, 1, 1),
        };
        return new Found(date < today ? today : date, 0.85);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex Iso();

    // Without a year only a slash makes a date: "3-6 mois" and "1.5 an" are not the 3rd of June or the 1st of May.
    [GeneratedRegex(@"(?<![\d/.\-])(?<a>\d{1,2})(?:(?:[/.\-])(?<b>\d{1,2})[/.\-](?<y>\d{4}|\d{2})|/(?<b>\d{1,2}))(?![\d/.\-])(?!\s*(?:mois|jours?|semaines?|ans?|months?|weeks?|days?|years?)\b)")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<d>\d{1,2}|premier|first)(?:er|st|nd|rd|th|e)? (?:of )?(?<m>[a-z]+)(?: (?<y>\d{4}))?\b")]
    private static partial Regex DayNameMonth();

    [GeneratedRegex(@"\b(?<m>[a-z]+) (?:the )?(?<d>\d{1,2})(?:st|nd|rd|th)?(?: (?<y>\d{4}))?\b")]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"\b(?:le|the|on the) (?<d>\d{1,2})(?:er|st|nd|rd|th|e)?\b(?! (?:jours?|semaines?|mois|ans?|days?|weeks?|months?|years?|h\b|heures?|min))")]
    private static partial Regex DayAlone();

    [GeneratedRegex(@"(?:(?<pre>dans|in|d ici|within|sous|under|en|au bout de|after|after about|d ici environ|dans environ|in about)\s+)?(?:(?<ago2>il y a)\s+)?(?:(?<n>\d+(?:[.,]\d+)?)\s*|(?<n>a few|a couple of|a couple|couple of|[a-z]+(?:-[a-z]+)?)\s+)(?:(?:a|to|ou|or|et|-|/)\s*(?:\d+|[a-z]+)\s*)?(?:(?:prochaine?s?|next|derniere?s?)\s+)?(?<unit>heures?|hours?|hrs?|h|jours?|j|days?|semaines?|sem|weeks?|wks?|mois|months?|ans?|annees?|years?|yrs?)\b(?<half>\s+(?:et demi|and a half))?(?<ago>\s+ago)?")]
    private static partial Regex Within();

    [GeneratedRegex(@"(?:\b(?<mod>fin de l|fin d|debut de l|debut d|mi|mid|end of|late|early|fin|debut|milieu de l|d ici l|pas avant l|pas avant|not before|avant l|avant la fin de l|avant|before|cet|cette|this|en|in|au|l|pour l|d ici|by the|by|des l|au cours de l|during)\s+)?\b(?<s>printemps|spring|ete|summer|automne|autumn|fall|hiver|winter)\b(?<next> prochain| prochaine| next)?")]
    private static partial Regex Season();

    [GeneratedRegex(@"(?:\b(?<mod>fin|debut|mi|milieu|end of|by the end of|late|early|beginning of|start of|mid|middle of|by|d ici|avant fin|avant|before|au plus tard en|en|in|courant|au mois de|pour|pas avant|not before|from|a partir de|des)\s+)?\b(?<m>[a-z]+)\b(?: (?<y>20\d{2}))?")]
    private static partial Regex MonthWithModifier();

    [GeneratedRegex(@"(?:\b(?<mod>fin|debut|mi|milieu|end of|by the end of|late|early|beginning of|start of|mid|middle of|by|d ici|avant fin|avant|before|en|in|courant|pour|pas avant|not before)\s+)?\b(?<y>20\d{2})\b")]
    private static partial Regex YearWithModifier();

    [GeneratedRegex(@"(?:\b(?<end>fin du|fin|end of|end of the|by the end of|by end of)\s+)?\b(?:[qt](?<q>[1-4])|(?<w>1er|premier|first|2e|2eme|deuxieme|second|3e|3eme|troisieme|third|4e|4eme|quatrieme|fourth|dernier|last) (?:trimestre|quarter))\b(?: (?:de |of )?(?<y>20\d{2}))?")]
    private static partial Regex QuarterPattern();
}
