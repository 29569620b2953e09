using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// Whether a reply asks to stop being contacted, whatever the question. Carriers' STOP keywords count wherever
/// STOP itself appears and as the whole message for the others ("end", "cancel" are ordinary words in a sentence);
/// plain-language refusals count anywhere. A missed opt-out means texting someone who said no, so the lists lean wide.
/// </summary>
internal static class OptOutDetector
{
    // Twilio's default opt-out keywords (DESIGN.md section 4); honoured alone, with only politeness around them.
    private static readonly HashSet<string> Keywords = ["stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "arreter", "arretez", "arrete", "arret"];

    // Said anywhere, these are never anything but a request to stop.
    private static readonly HashSet<string> KeywordsAnywhere = ["stop", "stopall", "unsubscribe", "optout"];

    private static readonly HashSet<string> Politeness = ["merci", "svp", "stp", "please", "pls", "plz", "thanks", "thank", "you", "s", "il", "vous", "plait", "now", "maintenant"];

    // Word stems, so every conjugation and typo-free spelling is caught: désinscrire, désinscrivez-moi, désinscription.
    private static readonly string[] Stems = ["desinscri", "desincri", "desabonn", "unsubscrib", "harcel", "harass"];

    private static readonly string[] Phrases =
    [
        // French
        "arretez de m", "arreter de m", "arrete de m", "arretez de me", "arrete de me", "arretez les messages", "arretez les sms",
        "arretez vos messages", "arretez vos sms", "arretez d ecrire", "arretez de nous",
        "ne me contactez plus", "ne me contacter plus", "me contactez plus", "ne plus m ecrire", "plus m ecrire", "ne plus m envoyer", "ne plus m appeler", "ne plus me relancer", "ne me relancez plus", "ne me recontactez plus", "ne me recontactez pas",
        "ne me recontactez jamais", "me recontactez plus", "ne plus me contacter", "ne plus me recontacter", "ne m ecrivez plus",
        "m ecrivez plus", "ne m envoyez plus", "m envoyez plus", "ne m appelez plus", "plus de messages", "plus de sms",
        "je ne veux plus recevoir", "je veux plus recevoir", "ne plus recevoir", "veux plus etre contacte", "veux plus etre contactee",
        "ne plus etre contacte", "ne plus etre contactee", "souhaite plus etre contacte", "souhaite plus etre contactee",
        "retirez moi", "me retirer", "enlevez moi", "m enlever", "me deranger", "me derangez plus", "retirer de votre liste", "de vos fichiers", "retirez mon numero", "supprimez moi", "supprimez mon numero", "supprimer mon numero",
        "effacez mon numero", "effacez mes donnees", "supprimez mes donnees", "rayez moi", "oubliez moi", "oubliez mon numero",
        "laissez moi tranquille", "laisse moi tranquille", "foutez moi la paix", "fichez moi la paix", "lachez moi",
        "je m oppose", "droit d opposition",
        // English
        "remove me", "remove my number", "take me off", "my number off", "take my number", "stop texting", "stop messaging", "stop sending", "stop contacting",
        "stop calling", "stop writing", "stop emailing", "leave me alone", "do not contact", "do not text", "do not message",
        "do not call", "do not email", "do not write", "no more texts", "no more messages", "no more sms", "opt out", "opt me out",
        "lose my number", "delete my number", "delete my data", "erase my data", "never contact me", "not contact me again",
        "not want to be contacted", "quit texting", "quit messaging", "not text me again", "not message me again", "not text me anymore",
    ];

    public static AnswerInterpretation? Detect(QuestionSpec question, Reply reply)
    {
        if (Signal(reply) is null)
            return null;
        var said = question.Quote(Wording.Shorten(reply.Original));
        // Not "understood" as an answer: it answers no question, and the conversation ends instead of asking again.
        return new AnswerInterpretation(
            false, null, 0.95,
            question.Say(
                $"Le message {said} demande de ne plus être contacté : la conversation s'arrête et ce numéro ne reçoit plus de messages.",
                $"The message {said} asks not to be contacted again: the conversation stops and this number is sent nothing more."),
            OptOut: true);
    }

    private static string? Signal(Reply reply)
    {
        var meaningful = reply.Words.Where(w => !Politeness.Contains(w)).ToList();
        if (meaningful is [var only] && Keywords.Contains(only))
            return only.ToUpperInvariant();
        for (var i = 0; i < reply.Words.Count; i++)
            // "non-stop" and "stop by" (drop in) are not requests to stop.
            if (KeywordsAnywhere.Contains(reply.Words[i]) && (i == 0 || reply.Words[i - 1] != "non") && !(reply.Words[i] == "stop" && i + 1 < reply.Words.Count && reply.Words[i + 1] == "by"))
                return reply.Words[i].ToUpperInvariant();
        return reply.First(Phrases) ?? reply.Words.FirstOrDefault(w => Stems.Any(w.StartsWith));
    }
}
