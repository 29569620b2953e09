using System.Text;
using System.Text.RegularExpressions;

namespace Modular.Plugins.Interpretation.OpenAi.Masking;

/// <summary>
/// Personal names where something introduces them. After words that can only announce a name ("je m'appelle",
/// "my name is", "call me") the next words are masked whatever their case, up to a word that is plainly not a name;
/// after words that often announce something else ("c'est", "I'm", "ici", "Bonjour", "Mme") only capitalised words
/// are, so "c'est bon" and "I'm interested" keep their meaning.
/// </summary>
internal static partial class Names
{
    private const int MaxWords = 4;

    // Lowercase or not, these belong to a name when a name goes on after them: "Le Goff", "Charles de Gaulle", "van Dyck".
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "de", "du", "des", "le", "la", "van", "von", "der", "di", "da", "del", "della", "ben", "bin", "ibn", "al", "el" };

    public static string Mask(string text)
    {
        var spans = new List<(int Start, int End)>();
        Collect(Introduced().Matches(text), capitalisedOnly: false, spans);
        Collect(Announced().Matches(text), capitalisedOnly: true, spans);
        if (spans.Count == 0)
            return text;

        var masked = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, end) in spans.OrderBy(span => span.Start))
        {
            // Two introductions of one name ("Bonjour Mme Martin") give overlapping spans: masked once.
            if (end <= position)
                continue;
            if (start >= position)
                masked.Append(text, position, start - position).Append(PersonalDataMask.Name);
            position = end;
        }
        return masked.Append(text, position, text.Length - position).ToString();
    }

    private static void Collect(MatchCollection matches, bool capitalisedOnly, List<(int, int)> spans)
    {
        foreach (Match match in matches)
        {
            var words = match.Groups["words"].Captures;
            var taken = 0;
            while (taken < words.Count && taken < MaxWords)
            {
                if (IsName(words[taken].Value, capitalisedOnly))
                    taken++;
                else if (taken > 0 && NameGoesOnAfterParticles(words, taken, capitalisedOnly) is { } next)
                    taken = next + 1;
                else
                    break;
            }
            if (taken > 0)
                spans.Add((words[0].Index, words[taken - 1].Index + words[taken - 1].Length));
        }
    }

    // The index of the capitalised name word after a run of particles starting at <paramref name="from"/>, if any.
    private static int? NameGoesOnAfterParticles(CaptureCollection words, int from, bool capitalisedOnly)
    {
        var at = from;
        while (at < words.Count && at < MaxWords && Particles.Contains(words[at].Value))
            at++;
        return at > from && at < words.Count && at < MaxWords && char.IsUpper(words[at].Value[0]) && IsName(words[at].Value, capitalisedOnly)
            ? at
            : null;
    }

    private static bool IsName(string word, bool capitalisedOnly) =>
        !NotNames.Words.Contains(word) && (!capitalisedOnly || char.IsUpper(word[0]));

    // The words are read inside a lookahead, so an introduction never swallows the next one ("Bonjour, je suis Jean").
    private const string FollowingWords = @"(?=(?:\s*[,:])?(?:\s+(?<words>\p{L}[\p{L}'’\-]*)){1,4})";

    [GeneratedRegex(
        @"(?<!\p{L})(?i:je\s+m['’]\s?appelle|je\s+me\s+nomme|mon\s+(?:nom|prénom|prenom)(?:\s+de\s+famille)?\s+(?:est|c['’]\s?est)|moi\s+c['’]\s?est|my\s+(?:name|first\s+name|last\s+name|surname)\s+is|my\s+name['’]s|call\s+me|(?:last\s+|first\s+|sur)?name(?=\s*:)|(?:nom|prénom|prenom)(?=\s*:)|signé|signed)"
        + FollowingWords,
        RegexOptions.CultureInvariant)]
    private static partial Regex Introduced();

    [GeneratedRegex(
        @"(?<!\p{L})(?i:c['’]\s?est|ici|je\s+suis|i['’]\s?m|i\s+am|this\s+is|it['’]\s?s|bonjour|bonsoir|salut|hello|hi|hey|dear|cher|chère|merci|thanks|thank\s+you|cordialement|regards|monsieur|madame|mademoiselle|m\.|mr\.?|mrs\.?|ms\.?|mme\.?|mlle\.?|dr\.?)"
        + FollowingWords,
        RegexOptions.CultureInvariant)]
    private static partial Regex Announced();
}
