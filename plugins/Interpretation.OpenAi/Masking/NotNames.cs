namespace Modular.Plugins.Interpretation.OpenAi.Masking;

/// <summary>
/// Words that follow "c'est", "I'm", "It's" or "call me" without being a name, in French and English: they end a name,
/// and are never masked, so the answer they carry ("c'est Oui", "It's Monday", "I'm Interested") reaches the model.
/// </summary>
internal static class NotNames
{
    public static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // Linking words and pronouns.
        "et", "and", "ou", "or", "mais", "but", "je", "j", "i", "me", "moi", "you", "vous", "tu", "we", "nous", "il", "elle", "they",
        "it", "ça", "ca", "cela", "that", "this", "ce", "cet", "cette", "de", "du", "des", "of", "from", "à", "a", "au", "aux", "in",
        "at", "to", "on", "en", "the", "le", "la", "les", "un", "une", "an", "is", "est", "suis", "am", "are", "for", "pour", "with",
        "avec", "mon", "ma", "mes", "my", "your", "votre", "vos", "so", "donc", "alors", "then", "si", "if", "car", "because", "parce",
        "i'm", "i’m", "im", "c'est", "c’est", "j'ai", "j’ai", "it's", "it’s", "that's", "quand", "when", "pas", "not", "no", "très", "tres", "very", "vraiment", "really", "here", "ici", "there", "là",
        // Answers and courtesies.
        "oui", "non", "yes", "yeah", "yep", "nope", "ok", "okay", "d'accord", "daccord", "merci", "thanks", "thank", "beaucoup",
        "bcp", "svp", "stp", "please", "bonjour", "hello", "hi", "bien", "sûr", "sur", "sure", "bon", "good", "fine", "great",
        "parfait", "perfect", "super", "génial", "top", "exactement", "exactly", "correct", "right", "vrai", "true", "faux", "false",
        "rien", "nothing", "tout", "all", "peut-être", "maybe", "perhaps", "sorry", "désolé", "désolée", "stop", "fini", "done",
        "intéressé", "intéressée", "interesse", "interessé", "interested", "ready", "prêt", "prête", "dispo", "disponible",
        "available", "busy", "occupé", "occupée", "propriétaire", "locataire", "owner", "tenant", "client", "customer",
        // Times, which date questions are answered with.
        "asap", "demain", "tomorrow", "aujourd'hui", "today", "tonight", "maintenant", "now", "bientôt", "soon", "later",
        "tard", "plus", "back", "anytime", "whenever", "toujours", "always", "still", "encore", "jamais", "never", "urgent",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre",
        "novembre", "décembre", "decembre", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "printemps", "été", "automne", "hiver", "spring", "summer", "autumn",
        "fall", "winter", "noël", "christmas", "easter", "pâques",
    };
}
