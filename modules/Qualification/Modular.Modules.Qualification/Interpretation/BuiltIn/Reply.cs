using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>
/// A lead's reply in the forms the readers match against. Leads type on phones: accents come and go, capitals are
/// random and punctuation is optional, so every word list is written without accents and matched on folded text.
/// </summary>
internal sealed partial class Reply
{
    private Reply(string original)
    {
        Original = original.Trim();
        Folded = Fold(Original);
        var words = NotWordCharacter().Replace(Folded, " ").Trim();
        Words = words.Length == 0 ? [] : words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        padded = $" {string.Join(' ', Words)} ";
    }

    private readonly string padded;

    /// <summary>As written, trimmed.</summary>
    public string Original { get; }

    /// <summary>Lower case, accents removed, apostrophes and dashes unified, English negations spelled out; punctuation kept.</summary>
    public string Folded { get; }

    /// <summary>The words and numbers of <see cref="Folded"/>, punctuation dropped.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The words joined by single spaces.</summary>
    public string Text => padded.Trim();

    public static Reply Of(string text) => new(text);

    /// <summary>Whether the words contain <paramref name="phrase"/> (folded, words separated by spaces) as whole words.</summary>
    public bool Has(string phrase) => padded.Contains($" {phrase} ", StringComparison.Ordinal);

    /// <summary>The first of <paramref name="phrases"/> the reply contains, or null.</summary>
    public string? First(IEnumerable<string> phrases) => phrases.FirstOrDefault(Has);

    public static string Fold(string text)
    {
        var lower = WholeCharacters(text).ToLowerInvariant()
            .Replace('’', '\'').Replace('‘', '\'').Replace('`', '\'').Replace('´', '\'')
            .Replace('–', '-').Replace('—', '-').Replace('‑', '-')
            .Replace('\u00a0', ' ').Replace('\u202f', ' ').Replace('\u2009', ' ')
            .Replace("²", "2").Replace("œ", "oe").Replace("æ", "ae");
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        return Negations(builder.ToString().Normalize(NormalizationForm.FormC));
    }

    // A message cut in the middle of an emoji leaves half of it, which Unicode normalisation refuses.
    private static string WholeCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                builder.Append(text[i]).Append(text[++i]);
            else
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
        }
        return builder.ToString();
    }

    // "don't" and "dont" both mean "do not" to a reader; spelling them out lets one phrase list cover every way of typing them.
    private static string Negations(string text) =>
        EnglishNegation().Replace(text.Replace("can't", "can not").Replace("cannot", "can not").Replace("won't", "will not"), "$1 not");

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWordCharacter();

    [GeneratedRegex(@"\b(do|does|did|is|are|was|were|have|has|had|would|should|could)n'?t\b")]
    private static partial Regex EnglishNegation();
}
