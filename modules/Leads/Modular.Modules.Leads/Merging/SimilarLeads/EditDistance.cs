namespace Modular.Modules.Leads.Merging.SimilarLeads;

/// <summary>
/// The two typing slips a near-duplicate shows: one key wrong or two keys swapped in a phone number, one character
/// added, dropped or wrong in an email. Bounded checks in one pass, since a full Levenshtein matrix per candidate is
/// wasted work when only "at most one" matters (FuzzySharp would be the library for anything fuzzier).
/// </summary>
internal static class EditDistance
{
    /// <summary>Same length, and either exactly one position differs or two adjacent positions are swapped.</summary>
    public static bool OneDigitApart(string a, string b)
    {
        if (a.Length != b.Length)
            return false;
        var first = FirstDifference(a, b);
        if (first == a.Length)
            return false;
        var afterFirst = first + 1;
        if (a.AsSpan(afterFirst).SequenceEqual(b.AsSpan(afterFirst)))
            return true;
        var swapped = afterFirst < a.Length && a[first] == b[afterFirst] && a[afterFirst] == b[first];
        return swapped && a.AsSpan(afterFirst + 1).SequenceEqual(b.AsSpan(afterFirst + 1));
    }

    /// <summary>Levenshtein distance of at most one: equal, or one character substituted, inserted or deleted.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var first = FirstDifference(shorter, longer);
        if (first == shorter.Length)
            return true;
        // Past the first difference, the rest must match after substituting (same length) or skipping one character of the longer.
        var skip = shorter.Length == longer.Length ? first + 1 : first;
        return shorter.AsSpan(skip).SequenceEqual(longer.AsSpan(first + 1));
    }

    /// <summary>
    /// A prefix and a suffix of <paramref name="value"/> such that any string one edit (or one adjacent swap) away
    /// starts with the prefix or ends with the suffix: a single slip sits either after the prefix or before the suffix.
    /// Lets SQL narrow the candidates with two LIKEs before the exact check runs in memory.
    /// </summary>
    public static (string Prefix, string Suffix) Anchors(string value)
    {
        var middle = value.Length / 2;
        return (value[..Math.Max(0, middle - 1)], value[Math.Min(value.Length, middle + 1)..]);
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length && a[i] == b[i])
            i++;
        return i;
    }
}
