using System.Globalization;
using System.Text;

namespace Modular.Modules.Leads.Merging.SimilarLeads;

/// <summary>
/// A name or a city folded for comparison: "Hélène Lefèvre-Dupont" and "helene lefevre dupont" meet on one key, as
/// do "Saint-Étienne" and "saint etienne". Lead sources disagree on case, accents and hyphens, people do not.
/// </summary>
internal static class NameKey
{
    public static string? Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
                folded.Append(char.ToLowerInvariant(c));
            else if (folded.Length > 0 && folded[^1] != ' ')
                folded.Append(' ');
        }
        var key = folded.ToString().TrimEnd();
        return key.Length == 0 ? null : key;
    }

    /// <summary>
    /// A LIKE pattern over the lower-cased column that matches every spelling <see cref="Fold"/> would equate with
    /// <paramref name="text"/> in one character each: any letter but a-z, digit, accent, hyphen or space becomes "_".
    /// Lets SQL narrow by name or city without a folded column: "Saint-Étienne" finds "saint etienne".
    /// </summary>
    public static string LikePattern(string text) =>
        string.Concat(text.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant().Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '_'));

    /// <summary>The person's full name as one key; null unless both the first and the last name are known.</summary>
    public static string? FullName(string? firstName, string? lastName) =>
        Fold(firstName) is { } first && Fold(lastName) is { } last ? $"{first} {last}" : null;
}
