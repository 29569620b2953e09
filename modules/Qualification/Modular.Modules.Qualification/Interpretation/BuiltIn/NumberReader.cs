using System.Globalization;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// Numbers and ranges. A single number gives Min = Max = Value. A range ("entre 200 et 300k", "200-300k") gives its
/// ends, and Value is its midpoint, so rules comparing one value ("budget ≥ 250k") read the middle of what the lead
/// said. An open range ("au moins 50", "moins de 10", "200k max") leaves the open end null and Value is its bound.
/// </summary>
internal static class NumberReader
{
    private static readonly string[] AtLeastBefore = ["pas moins de", "au moins", "au minimum", "minimum", "mini", "min", "plus de", "a partir de", "superieur a", "au dela de", "at least", "more than", "over", "above", "minimum of", "no less than", ">", "+ de", "+"];
    private static readonly string[] AtMostBefore = ["pas plus de", "moins de", "au maximum", "au max", "au plus", "maximum", "maxi", "max", "jusqu a", "inferieur a", "less than", "under", "below", "up to", "no more than", "at most", "maximum of", "<", "- de"];
    private static readonly string[] AtLeastAfter = ["ou plus", "et plus", "minimum", "mini", "min", "au moins", "au minimum", "or more", "and more", "and up", "at least", "+"];
    private static readonly string[] AtMostAfter = ["grand maximum", "ou moins", "maximum", "maxi", "max", "au maximum", "au max", "grand max", "or less", "at most", "tops"];
    private static readonly string[] About = ["environ", "env", "a peu pres", "approximativement", "approx", "vers", "autour de", "dans les", "genre", "quasi", "presque", "pres de", "about", "around", "approximately", "roughly", "nearly", "almost", "~"];
    private static readonly string[] Unknown = ["aucune idee", "aucun idee", "no idea", "sais pas", "not sure", "pas sur", "pas encore", "not yet"];
    private static readonly string[] Nothing = ["aucun", "aucune", "zero", "none", "nothing", "rien", "nada", "pas de", "pas d", "no"];

    public static AnswerInterpretation Read(QuestionSpec question, Reply reply) => Read(question, reply, noneIsZero: true);

    /// <param name="noneIsZero">Whether "aucun", "none" count as zero; not when matching a choice's bracket, where "no rush" is no number.</param>
    public static AnswerInterpretation Read(QuestionSpec question, Reply reply, bool noneIsZero)
    {
        var tokens = NumberTokens.Split(reply.Folded);
        var found = QuantityScanner.Scan(tokens, question.Unit);
        var amounts = Amounts(tokens, found.Where(q => !q.Article).ToList() is { Count: > 0 } strong ? strong : found);
        // "3 pièces, 65 m2" asked in m²: the amount in the expected unit first, then amounts without a unit, never another unit's.
        var expected = Units.Canonical(question.Unit);
        if (expected is not null && amounts.Where(a => a.Unit == expected).ToList() is { Count: > 0 } fitting)
            amounts = fitting;
        else if (expected is not null && amounts.Where(a => a.Unit is null).ToList() is { Count: > 0 } bare)
            amounts = bare;
        if (amounts.Count == 0)
            return noneIsZero && reply.First(Nothing) is { } none && !reply.Words.Any(w => w is "oui" or "yes") && reply.First(Unknown) is null
                ? Answer(question, 0, 0, 0, 0.8, question.Say($"Compris comme zéro : la réponse dit {question.Quote(none)}.", $"Understood as zero: the reply says {question.Quote(none)}."))
                : question.NotUnderstood("Aucun nombre reconnu dans la réponse.", "No number was found in the reply.");

        var (first, end, unit) = amounts[0];
        var estimate = first.Estimate || Precedes(tokens, first, 0, About) is not null;
        // "$300,000" asked in euros: the amount is kept, but not as surely, and the lead is told.
        var otherUnit = expected is not null && unit is not null && unit != expected;
        var confidence = amounts.Count > 1 || otherUnit ? 0.6 : estimate ? 0.85 : 0.95;
        var others = (amounts.Count > 1
            ? question.Say(" La réponse contient d'autres nombres ; le premier est retenu.", " The reply holds other numbers too; the first is kept.")
            : "") + (otherUnit
            ? question.Say($" Attention : la réponse est en {unit}, pas en {question.Unit}.", $" Note: the reply is in {unit}, not {question.Unit}.")
            : "");
        if (end is not null)
        {
            var low = !first.Scaled && end.Scaled && first.Value * end.Scale <= end.Value ? first.Value * end.Scale
                : Elided(first, end) ?? first.Value;
            var (min, max) = low <= end.Value ? (low, end.Value) : (end.Value, low);
            var middle = (min + max) / 2;
            return Answer(question, middle, min, max, confidence,
                question.Say($"Compris comme une fourchette de {Show(question, min)} à {Show(question, max)} ; la valeur retenue est le milieu, {Show(question, middle)}.",
                    $"Understood as a range from {Show(question, min)} to {Show(question, max)}; the value kept is its middle, {Show(question, middle)}.") + others);
        }

        // The longest bound wins: "no more than" is an upper bound though it ends with "more than".
        var atLeast = Precedes(tokens, first, 0, AtLeastBefore);
        var atMost = Precedes(tokens, first, 0, AtMostBefore);
        if (atLeast is not null && atMost is not null)
        {
            if (atLeast.Length > atMost.Length)
                atMost = null;
            else
                atLeast = null;
        }
        if (atLeast is not null || (atMost is null && Follows(tokens, first, AtLeastAfter)))
            return Answer(question, first.Value, first.Value, null, confidence - 0.05,
                question.Say($"Compris comme au moins {Show(question, first.Value)}.", $"Understood as at least {Show(question, first.Value)}.") + others);
        if (atMost is not null || Follows(tokens, first, AtMostAfter))
            return Answer(question, first.Value, null, first.Value, confidence - 0.05,
                question.Say($"Compris comme au plus {Show(question, first.Value)}.", $"Understood as at most {Show(question, first.Value)}.") + others);

        return Answer(question, first.Value, first.Value, first.Value, confidence,
            question.Say($"Compris comme {Show(question, first.Value)}{(estimate ? " (environ)" : "")}.", $"Understood as {Show(question, first.Value)}{(estimate ? " (about)" : "")}.") + others);
    }

    // "de 2 à 300 000", "entre 450 et 500 000": in speech the start of a range of large round numbers drops the zeros
    // the end carries, so a start far smaller than a round end takes the end's order of magnitude.
    private static decimal? Elided(Quantity first, Quantity end)
    {
        if (first.Scaled || first.Value < 1 || first.Value != Math.Floor(first.Value) || end.Value < 10_000 || end.Value % 1_000 != 0 || first.Value * 10 > end.Value)
            return null;
        for (var widened = first.Value * 10; widened <= end.Value; widened *= 10)
            if (widened * 10 > end.Value)
                return widened;
        return null;
    }

    /// <summary>The amounts said: single quantities, or two joined into a range (whose unit is either end's: "de 150 à 200k€").</summary>
    private static List<(Quantity First, Quantity? End, string? Unit)> Amounts(List<NumberToken> tokens, List<Quantity> quantities)
    {
        var amounts = new List<(Quantity, Quantity?, string?)>();
        for (var i = 0; i < quantities.Count; i++)
            if (i + 1 < quantities.Count && RangeEnd(tokens, quantities[i], quantities[i + 1]) is { } end)
            {
                amounts.Add((quantities[i], end, quantities[i].Unit ?? end.Unit));
                i++;
            }
            else
                amounts.Add((quantities[i], null, quantities[i].Unit));
        return amounts;
    }

    /// <summary>The second quantity when the words between them make a range: "200-300k", "de 2 à 3", "entre 1 et 2 millions".</summary>
    private static Quantity? RangeEnd(List<NumberToken> tokens, Quantity first, Quantity second)
    {
        var between = Words(tokens, first.Last + 1, second.First);
        var before = Words(tokens, Math.Max(0, first.First - 2), first.First);
        var between2 = before.Contains("entre") || before.Contains("between");
        return between switch
        {
            "-" or "a" or "to" or "ou" or "or" or "/" or "jusqu a" or "until" or "-to" => second,
            "et" or "and" when between2 => second,
            _ => null,
        };
    }

    private static string? Precedes(List<NumberToken> tokens, Quantity quantity, int from, string[] phrases)
    {
        var start = quantity.First;
        // A currency sign before the number ("plus de 300 k€" vs "plus de €300k") is not a word of the bound.
        if (start > 0 && tokens[start - 1].Kind == NumberTokenKind.Symbol && Units.Canonical(tokens[start - 1].Text) is not null)
            start--;
        var before = $" {Words(tokens, Math.Max(from, start - 4), start)} ";
        return phrases.FirstOrDefault(p => before.EndsWith($" {p} ", StringComparison.Ordinal));
    }

    private static bool Follows(List<NumberToken> tokens, Quantity quantity, string[] phrases)
    {
        var after = $" {Words(tokens, quantity.Last + 1, Math.Min(tokens.Count, quantity.Last + 4))} ";
        // Right after the number, or after the thing counted: "3 chambres minimum", "2 enfants max".
        var afterNoun = quantity.Last + 1 < tokens.Count && tokens[quantity.Last + 1].Kind == NumberTokenKind.Word
            ? $" {Words(tokens, quantity.Last + 2, Math.Min(tokens.Count, quantity.Last + 5))} "
            : "";
        return phrases.Any(p => after.StartsWith($" {p} ", StringComparison.Ordinal) || afterNoun.StartsWith($" {p} ", StringComparison.Ordinal));
    }

    private static string Words(List<NumberToken> tokens, int from, int to) =>
        string.Join(' ', tokens.Skip(from).Take(Math.Max(0, to - from)).Where(t => t.Kind != NumberTokenKind.Symbol || t.Text is "-" or "+" or "~" or "<" or ">" or "/").Select(t => t.Text));

    private static AnswerInterpretation Answer(QuestionSpec question, decimal value, decimal? min, decimal? max, double confidence, string explanation) =>
        new(true, Invariant(value), Math.Round(confidence, 2), explanation, min is { } low ? Normalise(low) : null, max is { } high ? Normalise(high) : null);

    public static string Invariant(decimal value) => Normalise(value).ToString(CultureInfo.InvariantCulture);

    // 250000.0 and 250000 are the same answer; trailing zeros would make them differ as text.
    private static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string Show(QuestionSpec question, decimal value)
    {
        var culture = CultureInfo.GetCultureInfo(Wording.IsFrench(question.Locale) ? "fr-FR" : "en-GB");
        var unit = string.IsNullOrWhiteSpace(question.Unit) ? "" : " " + question.Unit.Trim();
        return value.ToString("#,0.##", culture) + unit;
    }
}
