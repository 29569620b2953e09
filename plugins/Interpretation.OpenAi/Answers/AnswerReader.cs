using System.Globalization;
using System.Text.Json;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Plugins.Interpretation.OpenAi.Answers;

// This namespace shares its last-but-one name with the SDK record; the alias names the record.

/// <summary>
/// Reads the model's JSON answer and holds it to the question: a choice must be one of the choices, a date a real
/// yyyy-MM-dd, a number a number (with min ≤ value ≤ max), yes/no a boolean. Strict Structured Outputs already make a
/// compliant provider answer this way; the checks are for the providers that only promise JSON, and for models that
/// answer well-formed nonsense. Anything off throws, so the built-in interpreter answers instead.
/// </summary>
internal static class AnswerReader
{
    private const int MaxExplanationLength = 500;

    public static AnswerInterpretation Read(QuestionSpec question, string reply, string content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            throw Invalid("is not JSON");
        }
        using (document)
        {
            var answer = document.RootElement;
            if (answer.ValueKind != JsonValueKind.Object)
                throw Invalid("is not a JSON object");
            var understood = Boolean(answer, "understood");
            var optOut = Boolean(answer, "optOut");
            var confidence = Math.Clamp(Number(answer, "confidence") ?? throw Invalid("has no confidence"), 0d, 1d);
            var explanation = Explanation(answer);
            var value = Required(answer, "value");
            _ = Required(answer, "min");
            _ = Required(answer, "max");

            if (optOut)
                return new AnswerInterpretation(false, null, confidence, explanation, OptOut: true);
            if (!understood)
                return new AnswerInterpretation(false, null, confidence, explanation);
            return question.Type switch
            {
                QuestionTypes.YesNo => new AnswerInterpretation(true, YesNo(value) ? "true" : "false", confidence, explanation),
                QuestionTypes.Number => NumberAnswer(answer, value, confidence, explanation),
                QuestionTypes.Choice => new AnswerInterpretation(true, Choice(question, value), confidence, explanation),
                QuestionTypes.Date => new AnswerInterpretation(true, Date(value), confidence, explanation),
                // Free text is kept as the lead wrote it: the model only ever saw a masked copy.
                QuestionTypes.Text => new AnswerInterpretation(true, reply.Trim() is { Length: > 0 } text ? text : throw Invalid("calls an empty reply an answer"), confidence, explanation),
                _ => throw Invalid($"answers a question type it cannot check ({question.Type})"),
            };
        }
    }

    private static bool YesNo(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
        _ => throw Invalid("gives a yes/no value that is neither true nor false"),
    };

    private static AnswerInterpretation NumberAnswer(JsonElement answer, JsonElement value, double confidence, string explanation)
    {
        var number = Decimal(value) ?? throw Invalid("gives no number");
        var min = Decimal(answer.GetProperty("min"));
        var max = Decimal(answer.GetProperty("max"));
        if (min is null && max is null)
            (min, max) = (number, number);
        if (min > max || number < min || number > max)
            throw Invalid("gives a number outside its own range");
        return new AnswerInterpretation(true, Invariant(number), confidence, explanation, min, max);
    }

    private static string Choice(QuestionSpec question, JsonElement value)
    {
        var said = value.ValueKind == JsonValueKind.String ? value.GetString() : throw Invalid("gives no choice");
        // The question's own spelling is stored, whatever case the model copied it in.
        return question.Choices?.FirstOrDefault(c => c.Value == said)?.Value
            ?? question.Choices?.FirstOrDefault(c => string.Equals(c.Value, said, StringComparison.OrdinalIgnoreCase))?.Value
            ?? throw Invalid("gives a value that is not one of the choices");
    }

    private static string Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw Invalid("gives a date that is not yyyy-MM-dd");

    private static decimal? Decimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        _ => throw Invalid("gives a number that does not parse"),
    };

    // 250000.0 and 250000 are the same answer; the stored value has no trailing zeros and never an exponent.
    private static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static bool Boolean(JsonElement answer, string name) => Required(answer, name).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Invalid($"gives {name} that is not true or false"),
    };

    private static double? Number(JsonElement answer, string name) =>
        Required(answer, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) && double.IsFinite(number) ? number : null;

    private static string Explanation(JsonElement answer)
    {
        var value = Required(answer, "explanation");
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : throw Invalid("gives an explanation that is not text");
        if (string.IsNullOrEmpty(text))
            return "Read by the chat-completions model.";
        return text.Length <= MaxExplanationLength ? text : text[..MaxExplanationLength] + "…";
    }

    private static JsonElement Required(JsonElement answer, string name) =>
        answer.TryGetProperty(name, out var value) ? value : throw Invalid($"has no {name}");

    private static InterpretationFailedException Invalid(string problem) => new($"The model's answer {problem}.");
}
