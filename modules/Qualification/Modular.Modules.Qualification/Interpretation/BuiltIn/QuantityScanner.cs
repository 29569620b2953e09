namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>
/// Finds the amounts in a reply, written in digits ("250 000 €", "1,5M", "150m2") or words ("deux cent mille euros",
/// "a million"), with the multiplier and unit that follow them and the "et demi" / "and a half" that completes them.
/// </summary>
internal static class QuantityScanner
{
    private static readonly HashSet<string> Articles = ["un", "une", "one", "a", "an"];

    public static List<Quantity> Scan(IReadOnlyList<NumberToken> tokens, string? questionUnit)
    {
        var quantities = new List<Quantity>();
        var words = tokens.Select(t => t.Kind == NumberTokenKind.Word ? t.Text : t.Kind == NumberTokenKind.Symbol && t.Text == "-" ? "-" : "\0").ToList();
        for (var i = 0; i < tokens.Count;)
        {
            var token = tokens[i];
            decimal value;
            int next;
            var article = false;
            var estimate = false;
            if (token.Kind == NumberTokenKind.Number)
            {
                value = token.Number;
                next = i + 1;
            }
            else if (token.IsWord("half") && i + 2 < tokens.Count && tokens[i + 1].IsWord("a") && NumberWords.Scales.TryGetValue(tokens[i + 2].Text, out var halved))
            {
                // "half a million": the multiplier is the number's own, not applied again below.
                quantities.Add(new Quantity(halved / 2, i, i + 2, ReadUnitAfter(tokens, i + 3, out next), true, false, false) { Scale = halved });
                i = next;
                continue;
            }
            else if (token.Kind == NumberTokenKind.Word && ReadWords(words, i, out value, out next))
            {
                article = next == i + 1 && Articles.Contains(token.Text);
                estimate = Enumerable.Range(i, next - i).Any(w => NumberWords.IsApproximate(words[w]));
            }
            else
            {
                i++;
                continue;
            }

            var scale = 1m;
            if (next < tokens.Count && tokens[next].Kind == NumberTokenKind.Word && NumberWords.Scales.TryGetValue(tokens[next].Text, out var multiplier)
                && !(tokens[next].Text == "m" && IsSquareMetres(tokens, next, questionUnit, value)))
            {
                scale = multiplier;
                value *= multiplier;
                next++;
                // "1M2", "2k5": the digits after the multiplier are its decimals, as in "1m50" for a height.
                if (next < tokens.Count && tokens[next] is { Kind: NumberTokenKind.Number } decimals && decimals.Start == tokens[next - 1].End && !decimals.Text.Any(c => !char.IsAsciiDigit(c)))
                {
                    value += decimals.Number / (decimal)Math.Pow(10, decimals.Text.Length) * multiplier;
                    next++;
                }
            }

            next = Half(tokens, next, scale == 1 && token.Kind == NumberTokenKind.Word ? LastScale(words, i, next) : scale, ref value);
            var unit = tokens[next - 1].IsWord("keur") ? Units.Euro : ReadUnit(tokens, ref next) ?? Prefix(tokens, i);
            quantities.Add(new Quantity(value, i, next - 1, unit, scale != 1, article, estimate) { Scale = scale });
            i = next;
        }
        return quantities;
    }

    private static bool ReadWords(List<string> words, int start, out decimal value, out int next)
    {
        // Hyphens join number words ("quatre-vingt-dix") but are read as a range between digits, so they are skipped here only.
        var run = new List<string>();
        var positions = new List<int>();
        for (var i = start; i < words.Count && words[i] != "\0"; i++)
        {
            if (words[i] == "-")
                continue;
            run.Add(words[i]);
            positions.Add(i);
        }
        var used = NumberWords.Read(run, 0, out value);
        // "a"/"an" alone is an article, never a number.
        if (used == 0 || (used == 1 && run[0] is "a" or "an"))
        {
            next = start;
            return false;
        }
        next = positions[used - 1] + 1;
        return true;
    }

    private static decimal LastScale(List<string> words, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
            if (NumberWords.Scales.TryGetValue(words[i], out var scale))
                return scale;
        return 1;
    }

    // "un million et demi", "2 ans et demi", "one and a half million": half of the last multiplier.
    private static int Half(IReadOnlyList<NumberToken> tokens, int at, decimal scale, ref decimal value)
    {
        if (at + 1 < tokens.Count && tokens[at].IsWord("et") && (tokens[at + 1].IsWord("demi") || tokens[at + 1].IsWord("demie")))
        {
            value += scale / 2;
            return at + 2;
        }
        if (at + 2 < tokens.Count && tokens[at].IsWord("and") && tokens[at + 1].IsWord("a") && tokens[at + 2].IsWord("half"))
        {
            var after = at + 3;
            if (after < tokens.Count && tokens[after].Kind == NumberTokenKind.Word && NumberWords.Scales.TryGetValue(tokens[after].Text, out var multiplier))
            {
                value = (value + 0.5m) * multiplier;
                return after + 1;
            }
            value += scale / 2;
            return after;
        }
        return at;
    }

    private static string? ReadUnitAfter(IReadOnlyList<NumberToken> tokens, int at, out int next)
    {
        next = at;
        return ReadUnit(tokens, ref next);
    }

    private static string? ReadUnit(IReadOnlyList<NumberToken> tokens, ref int at)
    {
        if (at >= tokens.Count)
            return null;
        // "150m2": the 2 glued to the m is a square, not a number.
        if (tokens[at].IsWord("m") && at + 1 < tokens.Count && tokens[at + 1] is { Kind: NumberTokenKind.Number, Text: "2" } square && square.Start == tokens[at].End)
        {
            at += 2;
            return Units.SquareMetre;
        }
        if (at + 1 < tokens.Count && Units.TwoWords.Contains($"{tokens[at].Text} {tokens[at + 1].Text}"))
        {
            var two = Units.Canonical($"{tokens[at].Text} {tokens[at + 1].Text}");
            at += 2;
            return two;
        }
        if (tokens[at].IsWord("m"))
        {
            at++;
            return Units.SquareMetre;
        }
        // "k€" leaves the € as its own symbol; "keur" and "ke" are spelled together.
        if (Units.Canonical(tokens[at].Text) is { } unit && (tokens[at].Text != "e" || tokens[at].Start == tokens[at - 1].End))
        {
            at++;
            return unit;
        }
        return null;
    }

    private static string? Prefix(IReadOnlyList<NumberToken> tokens, int at) =>
        at > 0 && tokens[at - 1].Kind == NumberTokenKind.Symbol && Units.Canonical(tokens[at - 1].Text) is { } unit ? unit : null;

    // "150m2" is a surface; "1M2" asked in euros is 1.2 million: no one owns a one-metre flat or a 150-million budget.
    private static bool IsSquareMetres(IReadOnlyList<NumberToken> tokens, int at, string? questionUnit, decimal value) =>
        Units.IsSquareMetres(questionUnit)
        || (at + 1 < tokens.Count && tokens[at + 1] is { Kind: NumberTokenKind.Number, Text: "2" } square && square.Start == tokens[at].End
            && !(Units.Canonical(questionUnit) is Units.Euro or "$" or "£" && value < 10));
}
