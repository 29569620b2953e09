using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.
using Interpretation = Modular.Sdk.Extensions.Interpretation.Interpretation;

/// <summary>Free text is kept as the lead wrote it, only trimmed; an empty reply is no answer.</summary>
internal static class TextReader
{
    public static Interpretation Read(QuestionSpec question, Reply reply) =>
        reply.Original.Length == 0
            ? question.NotUnderstood("La réponse est vide.", "The reply is empty.")
            : new Interpretation(true, reply.Original, 1, question.Say("Réponse libre, gardée telle qu'elle a été écrite.", "A free answer, kept as written."));
}
