namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>
/// How alike two words are, for typos: 1 minus the optimal-string-alignment distance (Damerau-Levenshtein with
/// adjacent swaps, the commonest thumb slip) over the longer length. FuzzySharp would do the same; it is not among
/// the packages this build may use, and this is all we need of it.
/// </summary>
internal static class Similarity
{
    public static double Of(string a, string b)
    {
        if (a == b)
            return 1;
        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 1 : 1 - (double)Distance(a, b) / longest;
    }

    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
