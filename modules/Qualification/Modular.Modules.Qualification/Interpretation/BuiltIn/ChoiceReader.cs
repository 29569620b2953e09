using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// One choice of a list, recognised in this order: the reply is a choice's name or synonym; it names a place ("2",
/// "la deuxième"); it contains exactly one choice's name, not negated ("pas la maison, l'appartement"); its number falls
/// in exactly one choice's bracket ("300 000" for "200-400k"); or one of its words is a near spelling of one choice's
/// words ("appartemnt", "investir" for "Investissement"). Two choices equally likely is not an answer.
/// </summary>
internal static class ChoiceReader
{
    // Too common to tell choices apart.
    private static readonly HashSet<string> Common =
    [
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "a", "au", "aux", "en", "et", "ou", "pour", "par", "sur", "avec", "sans", "mon", "ma",
        "mes", "plus", "moins", "the", "an", "of", "for", "and", "or", "to", "in", "on", "with", "my", "more", "less", "than", "je", "j", "c", "est",
        "it", "is", "i", "s", "oui", "non", "yes", "no", "pas", "not",
    ];

    private static readonly string[] Both = ["les deux", "les 2", "tous", "toutes", "both", "all of them", "all of it", "each"];

    private static readonly HashSet<string> Negations = ["pas", "not", "ni", "sans", "without", "no", "jamais", "never"];
    private static readonly HashSet<string> Articles = ["le", "la", "l", "les", "un", "une", "de", "du", "des", "d", "the", "a", "an", "en", "of", "par"];

    public static AnswerInterpretation Read(QuestionSpec question, Reply reply)
    {
        var choices = question.Choices ?? [];
        var names = choices.Select(c => Names(c).ToList()).ToList();

        for (var i = 0; i < choices.Count; i++)
            if (names[i].Contains(reply.Text))
                return Chosen(question, choices[i], 1.0, question.Say("la réponse est le nom de ce choix ou l'un de ses synonymes.", "the reply is this choice's name or one of its synonyms."));

        if (Both.Any(reply.Has))
            return question.NotUnderstood("La réponse désigne plusieurs choix ; un seul est attendu.", "The reply names several choices; one is expected.");

        if (Ordinals.Find(reply) is { } place && (place == Ordinals.Last ? choices.Count - 1 : place - 1) is var index && index >= 0 && index < choices.Count)
            return Chosen(question, choices[index], 0.9, question.Say($"la réponse désigne le choix n° {index + 1} de la liste.", $"the reply points to choice number {index + 1} of the list."));

        if (Single(Contained(reply, names)) is { } contained)
            return Chosen(question, choices[contained], 0.9, question.Say("la réponse contient le nom de ce choix ou l'un de ses synonymes.", "the reply contains this choice's name or one of its synonyms."));

        if (Single(Bracketed(question, reply, choices)) is { } bracket)
            return Chosen(question, choices[bracket], 0.75, question.Say("le nombre donné tombe dans la tranche de ce choix.", "the number given falls within this choice's bracket."));

        if (Nearest(reply, names) is { } near)
            return Chosen(question, choices[near.Index], near.Confidence, question.Say($"le mot {question.Quote(near.Word)} ressemble à ce choix (faute de frappe ou mot proche).", $"the word {question.Quote(near.Word)} looks like this choice (a typo or a close word)."));

        return question.NotUnderstood("La réponse ne correspond à aucun des choix proposés, ou à plusieurs.", "The reply matches none of the choices offered, or several.");
    }

    private static IEnumerable<string> Names(ChoiceSpec choice) =>
        new[] { choice.Value }.Concat(choice.Synonyms).Select(n => Reply.Of(n).Text).Where(n => n.Length > 0).Distinct();

    private static List<int> Contained(Reply reply, List<List<string>> names)
    {
        var spans = new List<(int Choice, int Start, int End)>();
        var words = reply.Words;
        for (var i = 0; i < names.Count; i++)
            foreach (var name in names[i])
            {
                var length = name.Split(' ').Length;
                // A name made of common words only ("de", "le") would be found everywhere.
                if (name.Split(' ').All(Common.Contains))
                    continue;
                for (var at = 0; at + length <= words.Count; at++)
                    if (string.Join(' ', words.Skip(at).Take(length)) == name && !Negated(words, at))
                        spans.Add((i, at, at + length));
            }
        // "maison individuelle" found whole outranks the "maison" of another choice found inside it.
        return [.. spans.Where(s => !spans.Any(o => o.Choice != s.Choice && o.Start <= s.Start && o.End >= s.End && o.End - o.Start > s.End - s.Start)).Select(s => s.Choice).Distinct()];
    }

    private static bool Negated(IReadOnlyList<string> words, int at) =>
        (at >= 1 && Negations.Contains(words[at - 1])) || (at >= 2 && Negations.Contains(words[at - 2]) && Articles.Contains(words[at - 1]));

    // "moins de 200k" is inside "Moins de 200 000 €" and not inside "200 000 à 400 000 €": the reply's whole range must fit.
    private static List<int> Bracketed(QuestionSpec question, Reply reply, IReadOnlyList<ChoiceSpec> choices)
    {
        var asNumber = question with { Type = QuestionTypes.Number };
        if (NumberReader.Read(asNumber, reply, noneIsZero: false) is not { Understood: true } said)
            return [];
        var inside = new List<int>();
        for (var i = 0; i < choices.Count; i++)
            if (NumberReader.Read(asNumber, Reply.Of(choices[i].Value), noneIsZero: false) is { Understood: true } bracket
                && (bracket.Min is null || (said.Min is { } low && low >= bracket.Min))
                && (bracket.Max is null || (said.Max is { } high && high <= bracket.Max)))
                inside.Add(i);
        return inside;
    }

    private static (int Index, double Confidence, string Word)? Nearest(Reply reply, List<List<string>> names)
    {
        var scores = new double[names.Count];
        var words = new string[names.Count];
        for (var i = 0; i < names.Count; i++)
            foreach (var name in names[i])
            {
                // The whole reply against the whole name catches a typo in a name of several words.
                Consider(i, Similarity.Of(reply.Text, name), reply.Text);
                foreach (var word in name.Split(' ').Where(w => w.Length >= 4 && !Common.Contains(w)))
                    foreach (var said in reply.Words.Where(w => w.Length >= 3 && !Common.Contains(w)))
                        Consider(i, Likeness(said, word), said);
            }

        var ranked = scores.Select((score, index) => (score, index)).OrderByDescending(s => s.score).ToList();
        if (ranked.Count == 0 || ranked[0].score < 0.75 || (ranked.Count > 1 && ranked[0].score - ranked[1].score < 0.1))
            return null;
        return (ranked[0].index, Math.Round(0.5 + 0.4 * (ranked[0].score - 0.75) / 0.25, 2), words[ranked[0].index]);

        void Consider(int choice, double score, string word)
        {
            if (score > scores[choice])
                (scores[choice], words[choice]) = (score, word);
        }
    }

    // A typo, or the same stem ("invest" in "investir" and "investissement", "appart" for "appartement").
    private static double Likeness(string said, string word)
    {
        var typo = Similarity.Of(said, word);
        if (word.Length <= 5 && Similarity.Distance(said, word) > 1)
            typo = 0;
        var common = 0;
        while (common < Math.Min(said.Length, word.Length) && said[common] == word[common])
            common++;
        var stem = common >= 5 || (common >= 4 && common == Math.Min(said.Length, word.Length)) ? 0.8 + 0.15 * common / Math.Max(said.Length, word.Length) : 0;
        return Math.Max(typo, stem);
    }

    private static int? Single(List<int> found) => found is [var only] ? only : null;

    private static AnswerInterpretation Chosen(QuestionSpec question, ChoiceSpec choice, double confidence, string why) =>
        new(true, choice.Value, confidence, question.Say($"Compris comme {question.Quote(choice.Value)} : ", $"Understood as {question.Quote(choice.Value)}: ") + why);
}
