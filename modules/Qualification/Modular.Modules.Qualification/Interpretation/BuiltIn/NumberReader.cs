using System.Globalization;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.
using Interpretation = Modular.Sdk.Extensions.Interpretation.Interpretation;

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
    private static readonly string[] AtMostAfter = ["ou moins", "maximum", "maxi", "max", "au maximum", "au max", "grand max", "or less", "at most", "tops"];
    private static readonly string[] About = ["environ", "env", "a peu pres", "approximativement", "approx", "vers", "autour de", "dans les", "genre", "quasi", "presque", "pres de", "about", "around", "approximately", "roughly", "nearly", "almost", "~"];
    private static readonly string[] Nothing = ["aucun", "aucune", "zero", "none", "nothing", "rien", "nada", "pas de", "pas d", "no"];

    public static Interpretation Read(QuestionSpec question, Reply reply)
    {
        var tokens = NumberTokens.Split(reply.Folded);
        var found = QuantityScanner.Scan(tokens, question.Unit);
        var expected = Units.Canonical(question.Unit);
        var candidates = found.Where(q => !q.Article).ToList() is { Count: > 0 } strong ? strong : found;
        if (expected is not null && candidates.Where(q => q.Unit is null || q.Unit == expected).ToList() is { Count: > 0 } fitting)
            candidates = fitting;
        if (candidates.Count == 0)
            return reply.First(Nothing) is { } none && !reply.Words.Any(w => w is "oui" or "yes")
                ? Answer(question, 0, 0, 0, 0.8, question.Say($"Compris comme zéro : la réponse dit {question.Quote(none)}.", $"Understood as zero: the reply says {question.Quote(none)}."))
                : question.NotUnderstood("Aucun nombre reconnu dans la réponse.", "No number was found in the reply.");

        var first = candidates[0];
        var estimate = first.Estimate || Precedes(tokens, first, 0, About) is not null;
        var confidence = estimate ? 0.85 : 0.95;
        if (candidates.Count > 1 && RangeEnd(tokens, first, candidates[1]) is { } end)
        {
            var low = end.Scaled || first.Scaled || first.Value * end.Scale > end.Value ? first.Value : first.Value * end.Scale;
            var (min, max) = low <= end.Value ? (low, end.Value) : (end.Value, low);
            var middle = (min + max) / 2;
            return Answer(question, middle, min, max, candidates.Count > 2 ? 0.7 : confidence,
                question.Say($"Compris comme une fourchette de {Show(question, min)} à {Show(question, max)} ; la valeur retenue est le milieu, {Show(question, middle)}.",
                    $"Understood as a range from {Show(question, min)} to {Show(question, max)}; the value kept is its middle, {Show(question, middle)}."));
        }

        if (Precedes(tokens, first, 0, AtLeastBefore) is not null || Follows(tokens, first, AtLeastAfter))
            return Answer(question, first.Value, first.Value, null, confidence - 0.05,
                question.Say($"Compris comme au moins {Show(question, first.Value)}.", $"Understood as at least {Show(question, first.Value)}."));
        if (Precedes(tokens, first, 0, AtMostBefore) is not null || Follows(tokens, first, AtMostAfter))
            return Answer(question, first.Value, null, first.Value, confidence - 0.05,
                question.Say($"Compris comme au plus {Show(question, first.Value)}.", $"Understood as at most {Show(question, first.Value)}."));

        var others = candidates.Count > 1
            ? question.Say(" La réponse contient d'autres nombres ; le premier est retenu.", " The reply holds other numbers too; the first is kept.")
            : "";
        return Answer(question, first.Value, first.Value, first.Value, candidates.Count > 1 ? 0.6 : confidence,
            question.Say($"Compris comme {Show(question, first.Value)}{(estimate ? " (environ)" : "")}.", $"Understood as {Show(question, first.Value)}{(estimate ? " (about)" : "")}.") + others);
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
        return phrases.Any(p => after.StartsWith($" {p} ", StringComparison.Ordinal));
    }

    private static string Words(List<NumberToken> tokens, int from, int to) =>
        string.Join(' ', tokens.Skip(from).Take(Math.Max(0, to - from)).Where(t => t.Kind != NumberTokenKind.Symbol || t.Text is "-" or "+" or "~" or "<" or ">" or "/").Select(t => t.Text));

    private static Interpretation Answer(QuestionSpec question, decimal value, decimal? min, decimal? max, double confidence, string explanation) =>
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
