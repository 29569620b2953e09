using Modular.Modules.Qualification.Interpretation.BuiltIn;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Tests.Interpretation;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>Questions as scenarios ask them, for the interpreter's unit tests; "now" is a Wednesday afternoon in Paris.</summary>
internal static class Questions
{
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 14, 30, 0, TimeSpan.FromHours(1));

    public static QuestionSpec YesNo(string locale = "fr") => new(QuestionTypes.YesNo, "", locale, Wednesday);

    public static QuestionSpec Number(string? unit = null, string locale = "fr") => new(QuestionTypes.Number, "", locale, Wednesday, Unit: unit);

    public static QuestionSpec Date(string locale = "fr", DateTimeOffset? now = null) => new(QuestionTypes.Date, "", locale, now ?? Wednesday);

    public static QuestionSpec Text(string locale = "fr") => new(QuestionTypes.Text, "", locale, Wednesday);

    public static QuestionSpec Choice(string locale, params ChoiceSpec[] choices) => new(QuestionTypes.Choice, "", locale, Wednesday, choices);

    public static ChoiceSpec Option(string value, params string[] synonyms) => new(value, synonyms);

    public static AnswerInterpretation Read(this QuestionSpec question, string reply) => BuiltInInterpreter.Interpret(question, reply);
}
