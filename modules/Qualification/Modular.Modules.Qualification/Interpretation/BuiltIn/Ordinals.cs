namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>
/// A choice named by its place: "2", "le 2", "option 2", "la deuxième", "the second one", "le dernier". Only when the
/// place is the whole answer once filler words are set aside, so "j'ai 2 enfants" is not read as the second choice.
/// </summary>
internal static class Ordinals
{
    public const int Last = -1;

    private static readonly Dictionary<string, int> Places = new()
    {
        ["premier"] = 1, ["premiere"] = 1, ["1er"] = 1, ["1ere"] = 1, ["1re"] = 1, ["first"] = 1, ["1st"] = 1, ["former"] = 1,
        ["deuxieme"] = 2, ["second"] = 2, ["seconde"] = 2, ["2e"] = 2, ["2eme"] = 2, ["2nd"] = 2, ["2d"] = 2,
        ["troisieme"] = 3, ["third"] = 3, ["3e"] = 3, ["3eme"] = 3, ["3rd"] = 3,
        ["quatrieme"] = 4, ["fourth"] = 4, ["4e"] = 4, ["4eme"] = 4, ["4th"] = 4,
        ["cinquieme"] = 5, ["fifth"] = 5, ["5e"] = 5, ["5eme"] = 5, ["5th"] = 5,
        ["sixieme"] = 6, ["sixth"] = 6, ["6e"] = 6, ["6eme"] = 6, ["6th"] = 6,
        ["dernier"] = Last, ["derniere"] = Last, ["last"] = Last, ["latter"] = Last,
        ["un"] = 1, ["une"] = 1, ["one"] = 1, ["deux"] = 2, ["two"] = 2, ["trois"] = 3, ["three"] = 3, ["quatre"] = 4, ["four"] = 4,
        ["cinq"] = 5, ["five"] = 5, ["six"] = 6,
    };

    private static readonly HashSet<string> Fillers =
    [
        "le", "la", "l", "les", "the", "one", "option", "choix", "choice", "numero", "num", "no", "n", "nr", "number", "reponse",
        "answer", "c", "est", "it", "s", "is", "its", "je", "prends", "dirais", "i", "d", "say", "take", "ll", "would", "plutot",
        "rather", "svp", "stp", "please", "merci", "thanks", "ok", "alors", "euh", "hmm", "celle", "celui", "ci", "that", "this",
        "proposition", "item", "pour", "moi", "me", "for",
    ];

    /// <summary>The 1-based place named, <see cref="Last"/> for "the last", or null.</summary>
    public static int? Find(Reply reply)
    {
        var left = reply.Words.Where(w => !Fillers.Contains(w)).ToList();
        // "one" alone is a place, though "the second one" uses it as a filler.
        if (left.Count == 0 && reply.Words.Count == 1)
            left = [.. reply.Words];
        if (left is not [var only])
            return null;
        if (int.TryParse(only, out var index) && index is > 0 and < 100)
            return index;
        return Places.TryGetValue(only, out var place) ? place : null;
    }
}
