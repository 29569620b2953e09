using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>Free text is kept as the lead wrote it, only trimmed; an empty reply is no answer.</summary>
internal static class TextReader
{
    public static AnswerInterpretation Read(QuestionSpec question, Reply reply) =>
        reply.Original.Length == 0
            ? question.NotUnderstood("La réponse est vide.", "The reply is empty.")
            : new AnswerInterpretation(true, reply.Original, 1, question.Say("Réponse libre, gardée telle qu'elle a été écrite.", "A free answer, kept as written."));
}
