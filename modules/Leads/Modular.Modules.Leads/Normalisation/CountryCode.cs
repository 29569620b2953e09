using System.Globalization;
using System.Text;

namespace Modular.Modules.Leads.Normalisation;

/// <summary>
/// Reads a country as lead sources give it (a code in any case, an alpha-3, an English or French name)
/// into ISO 3166 alpha-2, the form the phone plans and the rest of the module use.
/// </summary>
internal static class CountryCode
{
    // Keys are folded (see Fold): lower case, no accents, no dots, hyphens as spaces.
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["fra"] = "FR", ["france"] = "FR",
        ["bel"] = "BE", ["belgium"] = "BE", ["belgique"] = "BE",
        ["che"] = "CH", ["switzerland"] = "CH", ["suisse"] = "CH", ["schweiz"] = "CH",
        ["lux"] = "LU", ["luxembourg"] = "LU",
        ["deu"] = "DE", ["germany"] = "DE", ["allemagne"] = "DE", ["deutschland"] = "DE",
        ["esp"] = "ES", ["spain"] = "ES", ["espagne"] = "ES", ["espana"] = "ES",
        ["ita"] = "IT", ["italy"] = "IT", ["italie"] = "IT", ["italia"] = "IT",
        ["prt"] = "PT", ["portugal"] = "PT",
        ["nld"] = "NL", ["netherlands"] = "NL", ["the netherlands"] = "NL", ["holland"] = "NL",
        ["pays bas"] = "NL", ["nederland"] = "NL",
        // "UK" is not an ISO code but is what people type; ISO's code for the United Kingdom is GB.
        ["gbr"] = "GB", ["uk"] = "GB", ["united kingdom"] = "GB", ["great britain"] = "GB", ["england"] = "GB",
        ["royaume uni"] = "GB", ["grande bretagne"] = "GB", ["angleterre"] = "GB",
        ["usa"] = "US", ["united states"] = "US", ["united states of america"] = "US", ["etats unis"] = "US",
        ["etats unis d'amerique"] = "US",
        ["can"] = "CA", ["canada"] = "CA",
    };

    /// <summary>
    /// "fr", " FR ", "France", "FRA" → "FR" for the supported countries and their common English and French
    /// names; any other two letters → upper-cased as a code; anything else → null.
    /// </summary>
    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var trimmed = raw.Trim();
        if (Aliases.TryGetValue(Fold(trimmed), out var code))
        {
            return code;
        }

        return trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1])
            ? trimmed.ToUpperInvariant()
            : null;
    }

    /// <summary>"  États-Unis " and "etats unis" meet on one key; so do "U.K." and "uk".</summary>
    private static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            var next = c == '-' || char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (next != ' ' || (folded.Length > 0 && folded[^1] != ' '))
            {
                folded.Append(next);
            }
        }

        return folded.ToString().TrimEnd().Replace('\u2019', '\'');
    }
}
