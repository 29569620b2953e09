namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>
/// Numbers written in French or English words ("deux cent cinquante mille", "quatre-vingt-dix", "one and a half million"),
/// read the usual way: small numbers add up, "cent"/"hundred" multiplies what precedes it, and each larger scale
/// ("mille", "thousand", "million") closes a group.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, decimal> Small = new()
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15,
        ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
        ["septante"] = 70, ["huitante"] = 80, ["octante"] = 80, ["nonante"] = 90,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["douzaine"] = 12,
    };

    /// <summary>Words that multiply the number before them; alone ("mille", "a million") they stand for one of themselves.</summary>
    public static readonly Dictionary<string, decimal> Scales = new()
    {
        ["k"] = 1_000, ["keur"] = 1_000, ["mille"] = 1_000, ["milles"] = 1_000, ["thousand"] = 1_000, ["thousands"] = 1_000,
        ["grand"] = 1_000, ["m"] = 1_000_000, ["mil"] = 1_000_000, ["mill"] = 1_000_000, ["million"] = 1_000_000, ["millions"] = 1_000_000, ["mio"] = 1_000_000, ["mln"] = 1_000_000,
        ["milliard"] = 1_000_000_000, ["milliards"] = 1_000_000_000, ["billion"] = 1_000_000_000, ["billions"] = 1_000_000_000, ["bn"] = 1_000_000_000,
    };

    private static readonly HashSet<string> Hundreds = ["cent", "cents", "hundred", "hundreds"];

    /// <summary>"une cinquantaine", "a dozen": about that many.</summary>
    private static readonly Dictionary<string, decimal> Approximate = new()
    {
        ["dizaine"] = 10, ["quinzaine"] = 15, ["vingtaine"] = 20, ["trentaine"] = 30, ["quarantaine"] = 40, ["cinquantaine"] = 50,
        ["soixantaine"] = 60, ["centaine"] = 100, ["centaines"] = 100, ["millier"] = 1_000, ["milliers"] = 1_000,
    };

    public static bool IsApproximate(string word) => Approximate.ContainsKey(word);

    /// <summary>Reads the number words starting at <paramref name="start"/>; returns how many words it used (0 when none).</summary>
    public static int Read(IReadOnlyList<string> words, int start, out decimal value)
    {
        decimal total = 0, group = 0;
        var used = 0;
        var i = start;
        for (; i < words.Count; i++)
        {
            // "cent cent cent…" would overflow a decimal long before it meant anything.
            if (total + group > 1_000_000_000_000_000)
                break;
            var word = words[i];
            if (Small.TryGetValue(word, out var small))
            {
                // "deux-trois" is two or three, not five: a unit never follows a unit.
                if (small < 10 && group % 10 != 0)
                    break;
                // "quatre-vingt(s)": four twenties.
                group = word.StartsWith("vingt", StringComparison.Ordinal) && group == 4 ? 80 : group + small;
            }
            else if (Approximate.TryGetValue(word, out var about))
                group = (group == 0 ? 1 : group) * about;
            else if (Hundreds.Contains(word))
                group = (group == 0 ? 1 : group) * 100;
            else if (word is "mille" or "milles" || (word is "thousand" or "million" or "millions" or "milliard" or "milliards" or "billion" && used > 0))
            {
                total += (group == 0 ? 1 : group) * Scales[word];
                group = 0;
            }
            else if (word is "et" or "and" && used > 0 && i + 1 < words.Count && Joins(words[i - 1], words[i + 1]))
                continue;
            else if (word is "a" or "an" && used == 0 && i + 1 < words.Count && (Hundreds.Contains(words[i + 1]) || words[i + 1] is "thousand" or "million" or "dozen"))
                group = 0;
            else
                break;
            used = i - start + 1;
        }
        value = total + group;
        return used;
    }

    // "vingt et un", "soixante et onze", "two hundred and fifty"; but "entre deux et trois" is a range, not five.
    private static bool Joins(string before, string after) =>
        (before is "vingt" or "trente" or "quarante" or "cinquante" or "soixante" && after is "un" or "une" or "onze")
        || (before is "hundred" or "thousand" && Small.ContainsKey(after));
}
