using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// The interpreter every tenant has: rules for French and English, pure and deterministic (no I/O, no clock but
/// <see cref="QuestionSpec.Now"/>), so the same reply to the same question always reads the same way and a lead's
/// explanation can be reproduced later. An opt-out is looked for first, whatever the question.
/// </summary>
internal sealed class BuiltInInterpreter : IAnswerInterpreter
{
    public const string BuiltInKey = "builtin";

    public string Key => BuiltInKey;

    public Task<AnswerInterpretation> InterpretAsync(QuestionSpec question, string reply, CancellationToken cancellationToken) =>
        Task.FromResult(Interpret(question, reply));

    public static AnswerInterpretation Interpret(QuestionSpec question, string reply)
    {
        var read = Reply.Of(reply);
        return OptOutDetector.Detect(question, read) ?? question.Type switch
        {
            QuestionTypes.YesNo => YesNoReader.Read(question, read),
            QuestionTypes.Number => NumberReader.Read(question, read),
            QuestionTypes.Choice => ChoiceReader.Read(question, read),
            QuestionTypes.Date => DateReader.Read(question, read),
            QuestionTypes.Text => TextReader.Read(question, read),
            _ => question.NotUnderstood($"Type de question inconnu : {question.Type}.", $"Unknown question type: {question.Type}."),
        };
    }
}
