using System.Globalization;
using System.Text.RegularExpressions;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>A number, word or symbol of a folded reply, with where it sits (a unit glued to its number reads differently).</summary>
internal readonly record struct NumberToken(NumberTokenKind Kind, string Text, int Start, int End, decimal Number = 0)
{
    public bool IsWord(string word) => Kind == NumberTokenKind.Word && Text == word;
}

internal enum NumberTokenKind { Number, Word, Symbol }

/// <summary>
/// Splits a folded reply into numbers, words and symbols. Digits separated by spaces, dots, commas or apostrophes in
/// groups of three are one number ("250 000", "1.500.000", "2,500"); a dot or comma before other digits is a decimal
/// mark ("1,5", "2.75"), French and English alike.
/// </summary>
internal static partial class NumberTokens
{
    public static List<NumberToken> Split(string folded)
    {
        var tokens = new List<NumberToken>();
        foreach (Match match in Token().Matches(folded))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (match.Groups["grouped"].Success || match.Groups["plain"].Success)
            {
                var whole = match.Groups["grouped"].Success
                    ? new string([.. match.Groups["grouped"].Value.Where(char.IsAsciiDigit)])
                    : match.Groups["plain"].Value;
                var fraction = match.Groups["fraction"].Success ? "." + match.Groups["fraction"].Value : "";
                tokens.Add(new NumberToken(NumberTokenKind.Number, match.Value, start, end, decimal.Parse(whole + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
            }
            else
                tokens.Add(new NumberToken(match.Groups["word"].Success ? NumberTokenKind.Word : NumberTokenKind.Symbol, match.Value, start, end));
        }
        return tokens;
    }

    [GeneratedRegex(@"(?:(?<grouped>\d{1,3}(?:[ .,']\d{3}(?!\d)){1,5})|(?<plain>\d{1,15}))(?:[.,](?<fraction>\d{1,6})(?!\d))?|(?<word>\p{L}+)|(?<symbol>[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\p{N}])")]
    private static partial Regex Token();
}
