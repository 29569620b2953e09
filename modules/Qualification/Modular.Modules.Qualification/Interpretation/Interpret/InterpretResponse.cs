using System.Globalization;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.Interpret;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// What was understood, with the value typed as JSON readers expect it: true/false for yes_no, a number for number,
/// the choice's exact value, an ISO date <c>yyyy-MM-dd</c>, or the text. <c>min</c>/<c>max</c> are given for numbers
/// (equal when the lead gave one number; one of them null for "at least"/"at most").
/// </summary>
internal sealed record InterpretResponse(bool Understood, object? Value, decimal? Min, decimal? Max, double Confidence, bool OptOut, string Explanation)
{
    public static InterpretResponse From(QuestionSpec question, AnswerInterpretation result)
    {
        var isNumber = question.Type == QuestionTypes.Number;
        return new InterpretResponse(
            result.Understood,
            result.Understood ? Typed(question.Type, result.Value) : null,
            isNumber && result.Understood ? result.Min : null,
            isNumber && result.Understood ? result.Max : null,
            result.Confidence,
            result.OptOut,
            result.Explanation);
    }

    private static object? Typed(string type, string? value) => (type, value) switch
    {
        (_, null) => null,
        (QuestionTypes.YesNo, _) when bool.TryParse(value, out var yes) => yes,
        (QuestionTypes.Number, _) when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        _ => value,
    };
}
