using Modular.Modules.Leads.Merging.SimilarLeads;

namespace Modular.Modules.Leads.Tests.Merging;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("+33612345678", "+33612345679", true)]   // last digit wrong
    [InlineData("+33612345678", "+43612345678", true)]   // first digit wrong
    [InlineData("+33612345678", "+33612346578", true)]   // two neighbours swapped
    [InlineData("+33612345678", "+33612345687", true)]   // swapped at the end
    [InlineData("+33612345678", "+33612345678", false)]  // the same number is a duplicate, not a near match
    [InlineData("+33612345678", "+33612345600", false)]  // two digits wrong
    [InlineData("+33612345678", "+33612345867", false)]  // three digits rotated
    [InlineData("+33612345678", "+33612354687", false)]  // two separate swaps
    [InlineData("+33612345678", "+3361234567", false)]   // one digit missing: not the same length
    [InlineData("+33612345678", "+33612345778", true)]
    public void One_digit_apart_means_one_digit_wrong_or_two_neighbours_swapped(string a, string b, bool expected)
    {
        EditDistance.OneDigitApart(a, b).ShouldBe(expected);
        EditDistance.OneDigitApart(b, a).ShouldBe(expected);
    }

    [Theory]
    [InlineData("jeanne@example.fr", "jeanne@example.fr", true)]
    [InlineData("jeanne@example.fr", "jeanne@exemple.fr", true)]    // substituted
    [InlineData("jeanne@example.fr", "jeane@example.fr", true)]     // deleted
    [InlineData("jeanne@example.fr", "jeanne@example.frr", true)]   // inserted at the end
    [InlineData("jeanne@example.fr", "xjeanne@example.fr", true)]   // inserted at the start
    [InlineData("jeanne@example.fr", "jaenne@example.fr", false)]   // a swap is two edits for Levenshtein
    [InlineData("jeanne@example.fr", "jeanne@example.com", false)]
    [InlineData("jeanne@example.fr", "jean@example.fr", false)]
    [InlineData("", "a", true)]
    [InlineData("", "ab", false)]
    public void Within_one_edit_is_a_levenshtein_distance_of_at_most_one(string a, string b, bool expected)
    {
        EditDistance.WithinOneEdit(a, b).ShouldBe(expected);
        EditDistance.WithinOneEdit(b, a).ShouldBe(expected);
    }

    [Fact]
    public void Within_one_edit_agrees_with_a_full_levenshtein_on_random_strings()
    {
        var random = new Random(4217);
        for (var i = 0; i < 5000; i++)
        {
            var a = RandomText(random, random.Next(0, 8));
            var b = random.Next(3) == 0 ? RandomText(random, random.Next(0, 8)) : Slip(random, a);
            EditDistance.WithinOneEdit(a, b).ShouldBe(Levenshtein(a, b) <= 1, $"'{a}' vs '{b}'");
        }
    }

    [Fact]
    public void Every_string_one_slip_away_starts_with_the_prefix_anchor_or_ends_with_the_suffix_anchor()
    {
        var random = new Random(7396);
        for (var i = 0; i < 5000; i++)
        {
            var value = RandomText(random, random.Next(1, 20));
            var slipped = random.Next(2) == 0 ? Slip(random, value) : Swap(random, value);
            var (prefix, suffix) = EditDistance.Anchors(value);
            (slipped.StartsWith(prefix, StringComparison.Ordinal) || slipped.EndsWith(suffix, StringComparison.Ordinal))
                .ShouldBeTrue($"'{slipped}' is one slip from '{value}' but matches neither '{prefix}…' nor '…{suffix}'");
        }
        EditDistance.Anchors("+33612345678").ShouldBe(("+3361", "45678"), "the anchors leave out the middle, so neither is the whole string");
    }

    [Fact]
    public void Names_and_cities_fold_case_accents_and_separators_and_a_full_name_needs_both_parts()
    {
        NameKey.Fold("  Hélène  LEFÈVRE-Dupont ").ShouldBe("helene lefevre dupont");
        NameKey.Fold("Saint-Étienne").ShouldBe(NameKey.Fold("saint etienne"));
        NameKey.Fold(" - ").ShouldBeNull();
        NameKey.FullName("Ada", null).ShouldBeNull();
        NameKey.FullName("Ada", "Lovelace").ShouldBe("ada lovelace");
        NameKey.LikePattern("Saint-Étienne").ShouldBe("saint__tienne");
    }

    private static string RandomText(Random random, int length) => string.Concat(Enumerable.Range(0, length).Select(_ => "abc@.1"[random.Next(6)]));

    /// <summary>One substitution, insertion or deletion at a random place.</summary>
    private static string Slip(Random random, string value)
    {
        var at = random.Next(value.Length + 1);
        return random.Next(3) switch
        {
            0 when at < value.Length => value[..at] + "xyz"[random.Next(3)] + value[(at + 1)..],
            1 when at < value.Length => value.Remove(at, 1),
            _ => value.Insert(at, "xyz"[random.Next(3)].ToString()),
        };
    }

    private static string Swap(Random random, string value)
    {
        if (value.Length < 2)
            return value;
        var at = random.Next(value.Length - 1);
        return value[..at] + value[at + 1] + value[at] + value[(at + 2)..];
    }

    private static int Levenshtein(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
