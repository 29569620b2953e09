using System.Text;

namespace Modular.Modules.Leads.Normalisation;

/// <summary>
/// Puts a person's name in the case a sales rep would write it, because leads arrive in CAPITALS from
/// one source and in lower case from another, and the name is said back to them in the first message.
/// </summary>
internal static class NameNormaliser
{
    // Nobiliary and family particles, lower-cased inside a name ("Jean de la Fontaine", "Ludwig van Beethoven").
    private static readonly HashSet<string> Particles =
        ["de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "del", "dos"];

    // French elisions written before an apostrophe: "Jean d'Ormesson", "Bernard l'Hermite".
    private static readonly HashSet<string> Elisions = ["d", "l"];

    private const string Apostrophes = "'\u2019";

    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // The first word is always capitalised, and so is the last: "Anh Le" is a surname, not a particle.
            var inner = i > 0 && i < words.Length - 1;
            words[i] = inner && Particles.Contains(words[i].ToLowerInvariant())
                ? words[i].ToLowerInvariant()
                : CaseWord(words[i], inner: i > 0);
        }

        return string.Join(' ', words);
    }

    /// <summary>Cases each part between hyphens and apostrophes: "jean-PIERRE" → "Jean-Pierre", "o'neil" → "O'Neil".</summary>
    private static string CaseWord(string word, bool inner)
    {
        var cased = new StringBuilder(word.Length);
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] != '-' && !Apostrophes.Contains(word[i]))
            {
                continue;
            }

            var part = word[start..i];
            var elided = inner && i < word.Length && Apostrophes.Contains(word[i]) && Elisions.Contains(part.ToLowerInvariant());
            cased.Append(elided ? part.ToLowerInvariant() : CasePart(part));
            if (i < word.Length)
            {
                cased.Append(word[i]);
            }

            start = i + 1;
        }

        return cased.ToString();
    }

    private static string CasePart(string part)
    {
        if (part.Length == 0)
        {
            return part;
        }

        // "McDonald", "DeVito": a capital first letter and a capital later among lower-case letters was typed on
        // purpose, and title-casing it would destroy information we cannot rebuild.
        var letters = part.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && char.IsUpper(letters[0]) && letters.Skip(1).Any(char.IsUpper) && letters.Any(char.IsLower))
        {
            return part;
        }

        var lower = part.ToLowerInvariant();
        var first = lower.ToList().FindIndex(char.IsLetter);
        return first < 0 ? lower : lower[..first] + char.ToUpperInvariant(lower[first]) + lower[(first + 1)..];
    }
}
