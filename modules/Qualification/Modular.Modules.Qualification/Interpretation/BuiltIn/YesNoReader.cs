using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// Yes/no answers, as leads type them: "ouais", "carrément", "yep", "pas du tout", "not really", 👍. Longer phrases win
/// over the words inside them ("absolument pas" is no, not "absolument"), a reply mixing yes and no keeps its first
/// answer with a low confidence, and a hesitation ("peut-être", "not sure") alone is not an answer.
/// </summary>
internal static partial class YesNoReader
{
    private enum Cue { Yes, No, Unsure }

    private sealed record Lexeme(string Phrase, Cue Cue, double Confidence);

    private static readonly Lexeme[] Lexicon = Build(
        (Cue.Yes, 0.95, "oui ouais ouai ouaip ouep ouip wi ui oe voui yes yeah yep yup yea yah yeh ya carrement absolument evidemment exactement certainement"
            + " surement volontiers affirmatif definitely absolutely certainly affirmative totally|bien sur|tout a fait|bien entendu"
            + "|of course|for sure|oui oui|yes please|avec plaisir|c est ca|c est bien ca|c est exact|c est le cas|that s right|that is right"
            + "|plutot oui|je pense que oui|je crois que oui|i think so|i believe so|sans hesiter|sans aucun doute|no doubt|pas de souci"
            + "|pas de soucis|pas de probleme|pas de pb|sans probleme|sans souci|no problem|no worries|you bet|tout a fait ca|ca marche"),
        (Cue.Yes, 0.85, "ok okay oki okey okk dac daccord exact effectivement correct right indeed yas sure grave|d accord|en effet|ca roule"
            + "|pourquoi pas|why not|sans doute|je confirme|confirme|confirmed|i confirm|sounds good|sounds great|parfait|nickel|perfect|i do|i am|i have|we do|we are|we have|j en ai|je le suis|on l est|c est oui|ca va"),
        (Cue.No, 0.95, "non nan nn nope nah naw niet nenni jamais never aucunement negatif negative|pas du tout|absolument pas|pas vraiment"
            + "|pas trop|pas encore|pas pour l instant|pas pour le moment|pas maintenant|pas specialement|pas forcement|pas interesse"
            + "|pas interessee|pas question|hors de question|surement pas|certainement pas|bien sur que non|toujours pas|plutot non"
            + "|je ne pense pas|je pense pas|je ne crois pas|je crois pas|non merci|c est non|pas du tout interesse|not really|not at all"
            + "|not yet|not now|not at the moment|not for now|not right now|no thanks|no thank you|certainly not|of course not"
            + "|absolutely not|definitely not|i do not think so|i do not|i am not|i have not|we do not|we are not|we have not|not interested"
            + "|ce n est pas le cas|c est pas le cas|pas le cas|not the case|j en ai pas|j en ai aucun|j en ai aucune|je n en ai pas|pas de|pas d|no"),
        (Cue.Unsure, 0.9, "peutetre maybe perhaps possibly dunno idk jsp bof depend depends|peut etre|p e|je sais pas|je ne sais pas|sais pas"
            + "|chais pas|j sais pas|a voir|on verra|je verrai|ca depend|pas sur|pas sure|je ne suis pas sur|je suis pas sur|not sure"
            + "|i do not know|do not know|we ll see|we will see|it depends|i m not sure|hard to say|difficile a dire|aucune idee|no idea"),
        // A reluctant yes is still a yes; a bare negation is a weak no: "j'ai pas", "not me".
        (Cue.Yes, 0.7, "mouais moui"),
        (Cue.No, 0.6, "pas not ni"));

    private static readonly (string Emoji, Cue Cue)[] Emoji =
    [
        ("👍", Cue.Yes), ("👌", Cue.Yes), ("✅", Cue.Yes), ("✔", Cue.Yes), ("☑", Cue.Yes), ("🆗", Cue.Yes), ("💯", Cue.Yes), ("🤝", Cue.Yes),
        ("👎", Cue.No), ("❌", Cue.No), ("✖", Cue.No), ("🚫", Cue.No), ("🙅", Cue.No), ("⛔", Cue.No),
        ("🤷", Cue.Unsure), ("🤔", Cue.Unsure),
    ];

    // Answers only when they are the whole reply: "y" is also French for "there", and "si", the French yes to a
    // negative question ("vous n'êtes pas propriétaire ?"), is "if" everywhere else.
    private static readonly Dictionary<string, Cue> WholeReplies = new() { ["y"] = Cue.Yes, ["o"] = Cue.Yes, ["n"] = Cue.No, ["si"] = Cue.Yes };

    public static AnswerInterpretation Read(QuestionSpec question, Reply reply)
    {
        // "ouiii", "yesss", "nooon": letters held down on a phone keyboard.
        var cues = Find(reply) is { Count: > 0 } found ? found : Find(Reply.Of(Repeats().Replace(reply.Folded, "$1")));
        var answers = cues.Where(c => c.Lexeme.Cue != Cue.Unsure).ToList();
        var strong = answers.Where(c => c.Lexeme.Confidence >= 0.8).ToList();
        var decisive = strong.Count > 0 ? strong : answers;
        var unsure = cues.Any(c => c.Lexeme.Cue == Cue.Unsure);
        if (decisive.Count == 0 || (unsure && strong.Count == 0))
            return unsure
                ? question.NotUnderstood("La réponse hésite (« peut-être », « je ne sais pas ») : la question sera reposée.", "The reply hesitates (\"maybe\", \"not sure\"): the question will be asked again.")
                : question.NotUnderstood("Aucun oui ni non reconnu dans la réponse.", "No yes or no was found in the reply.");

        var first = decisive[0];
        var agree = decisive.All(c => c.Lexeme.Cue == first.Lexeme.Cue);
        var confidence = !agree ? 0.5 : decisive.Max(c => c.Lexeme.Confidence) - (unsure ? 0.3 : 0);
        var yes = first.Lexeme.Cue == Cue.Yes;
        var word = question.Quote(Wording.Shorten(reply.Original));
        var mixed = agree ? "" : question.Say(" La réponse contient aussi l'inverse ; la première réponse donnée est retenue.", " The reply also says the opposite; the first answer given is kept.");
        return new AnswerInterpretation(true, yes ? "true" : "false", Math.Round(confidence, 2),
            question.Say($"Compris comme « {(yes ? "oui" : "non")} » d'après la réponse {word}.", $"Understood as \"{(yes ? "yes" : "no")}\" from the reply {word}.") + mixed);
    }

    private static List<(int At, Lexeme Lexeme)> Find(Reply reply)
    {
        var found = new List<(int, Lexeme)>();
        if (reply.Words is [var letter] && WholeReplies.TryGetValue(letter, out var cue))
            found.Add((0, new Lexeme(letter, cue, 0.8)));
        var text = $" {reply.Text} ";
        foreach (var lexeme in Lexicon)
        {
            int at;
            while ((at = text.IndexOf($" {lexeme.Phrase} ", StringComparison.Ordinal)) >= 0)
            {
                found.Add((at, lexeme));
                // Blanked in place, so the words inside a phrase already read are not read again and positions keep their order.
                text = string.Concat(text.AsSpan(0, at + 1), new string('#', lexeme.Phrase.Length), text.AsSpan(at + 1 + lexeme.Phrase.Length));
            }
        }
        foreach (var (emoji, emojiCue) in Emoji)
            if (reply.Original.IndexOf(emoji, StringComparison.Ordinal) is var at and >= 0)
                found.Add((text.Length + at, new Lexeme(emoji, emojiCue, 0.9)));
        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(\p{L})\1+")]
    private static partial System.Text.RegularExpressions.Regex Repeats();

    private static Lexeme[] Build(params (Cue Cue, double Confidence, string Phrases)[] groups) =>
    [
        .. groups
            .SelectMany(g => g.Phrases.Split('|').SelectMany((part, i) => i == 0 ? part.Split(' ') : [part]).Select(p => new Lexeme(p, g.Cue, g.Confidence)))
            .OrderByDescending(l => l.Phrase.Count(c => c == ' '))
            .ThenByDescending(l => l.Phrase.Length),
    ];
}
