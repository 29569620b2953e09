using System.Text.RegularExpressions;

namespace Modular.Plugins.Interpretation.OpenAi.Masking;

/// <summary>
/// Phone numbers: international (+33 6 12 34 56 78, 0033 612345678, +44 20 7946 0958), national numbers starting
/// with 0 (French 06 12 34 56 78 and 06.12.34.56.78, British 07700 900123) and North American (555) 123-4567.
/// Amounts are left alone: they do not start with 0 or +, and have fewer digits than a phone number.
/// </summary>
internal static partial class PhoneNumbers
{
    public static string Mask(string text)
    {
        var masked = International().Replace(text, match => DigitCount(match.Value) is >= 8 and <= 15 ? PersonalDataMask.Phone : match.Value);
        masked = National().Replace(masked, PersonalDataMask.Phone);
        return NorthAmerican().Replace(masked, PersonalDataMask.Phone);
    }

    private static int DigitCount(string value) => value.Count(char.IsAsciiDigit);

    // A country code, then groups of digits split by spaces, dots, dashes or a trunk "(0)".
    [GeneratedRegex(@"(?<![\w+])(?:\+|00)[1-9]\d{0,3}(?:[\s.\-]?(?:\(0\)|\(\d{1,4}\)|\d{1,5})){1,7}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex International();

    // 10 or 11 digits starting with 0, in any grouping: the French and British national formats.
    [GeneratedRegex(@"(?<![\d+])0\d(?:[\s.\-]?\d){8,9}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex National();

    [GeneratedRegex(@"(?<![\d+])(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NorthAmerican();
}
