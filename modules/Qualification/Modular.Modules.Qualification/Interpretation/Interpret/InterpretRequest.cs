using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.Interpret;

/// <summary>
/// A reply to interpret against a question, as a client tries a scenario's question before publishing it. Choices are
/// strings, or objects <c>{"value", "synonyms"}</c> to try synonyms too. <c>now</c> (ISO 8601 with its offset) fixes
/// the day relative dates count from; <c>interpreter</c> picks a plugin instead of the built-in interpreter.
/// </summary>
internal sealed partial record InterpretRequest(string? Locale, InterpretQuestion? Question, string? Reply, string? Now = null, string? Interpreter = null)
{
    public const int MaxReplyLength = 2_000;
    private const int MaxChoices = 50;
    private const int MaxChoiceLength = 200;

    private static readonly string[] Types = [QuestionTypes.YesNo, QuestionTypes.Number, QuestionTypes.Choice, QuestionTypes.Date, QuestionTypes.Text];

    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (Locale is null || !LocalePattern().IsMatch(Locale))
            errors["locale"] = ["Say \"fr\" or \"en\" (a region is allowed, as in \"fr-FR\")."];
        if (Reply is null || Reply.Trim().Length == 0)
            errors["reply"] = ["The reply to interpret is missing."];
        else if (Reply.Length > MaxReplyLength)
            errors["reply"] = [$"A reply is at most {MaxReplyLength} characters; this one has {Reply.Length}."];
        if (Now is not null && ParsedNow() is null)
            errors["now"] = ["Give an ISO 8601 date and time with its offset, for example 2027-03-15T10:00:00+01:00."];
        if (Interpreter is { Length: 0 or > 100 })
            errors["interpreter"] = ["An interpreter key is 1 to 100 characters."];
        if (Question is null)
        {
            errors["question"] = ["The question is missing."];
            return errors;
        }
        if (Question.Type is null || !Types.Contains(Question.Type))
            errors["question.type"] = [$"Unknown question type. Known types: {string.Join(", ", Types)}."];
        if (Question.Unit is { Length: > 20 })
            errors["question.unit"] = ["A unit is at most 20 characters."];
        if (Question.Type == QuestionTypes.Choice)
        {
            if (Question.Choices is not { Count: > 0 })
                errors["question.choices"] = ["A choice question needs its choices."];
            else if (Question.Choices.Count > MaxChoices)
                errors["question.choices"] = [$"At most {MaxChoices} choices."];
            else
                for (var i = 0; i < Question.Choices.Count; i++)
                    if (ChoiceError(Question.Choices[i]) is { } error)
                        errors[$"question.choices[{i}]"] = [error];
        }
        return errors;
    }

    public DateTimeOffset? ParsedNow() =>
        Now is not null && WithOffset().IsMatch(Now.Trim())
        && DateTimeOffset.TryParse(Now.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var now) ? now : null;

    /// <summary>The question as interpreters see it; call only once <see cref="Errors"/> is empty.</summary>
    public QuestionSpec ToSpec(DateTimeOffset now) =>
        new(Question!.Type!, Question.Text ?? "", Locale!, now, Question.Type == QuestionTypes.Choice ? [.. Question.Choices!.Select(ToChoice)] : null, Question.Unit);

    private static string? ChoiceError(JsonElement choice) => choice.ValueKind switch
    {
        JsonValueKind.String => IsName(choice.GetString()) ? null : $"A choice is 1 to {MaxChoiceLength} characters.",
        JsonValueKind.Object => ObjectError(choice),
        _ => "A choice is a string, or an object {\"value\": \"…\", \"synonyms\": [\"…\"]}.",
    };

    private static string? ObjectError(JsonElement choice)
    {
        foreach (var property in choice.EnumerateObject())
            if (property.Name is not ("value" or "synonyms"))
                return $"Unknown field '{property.Name}' in a choice; a choice has \"value\" and \"synonyms\".";
        if (!choice.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String || !IsName(value.GetString()))
            return $"A choice's \"value\" is a string of 1 to {MaxChoiceLength} characters.";
        if (choice.TryGetProperty("synonyms", out var synonyms)
            && (synonyms.ValueKind != JsonValueKind.Array || synonyms.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String || !IsName(s.GetString()))))
            return $"A choice's \"synonyms\" are strings of 1 to {MaxChoiceLength} characters.";
        return null;
    }

    private static bool IsName(string? name) => name is { Length: > 0 and <= MaxChoiceLength } && name.Trim().Length > 0;

    private static ChoiceSpec ToChoice(JsonElement choice) =>
        choice.ValueKind == JsonValueKind.String
            ? new ChoiceSpec(choice.GetString()!, [])
            : new ChoiceSpec(
                choice.GetProperty("value").GetString()!,
                choice.TryGetProperty("synonyms", out var synonyms) ? [.. synonyms.EnumerateArray().Select(s => s.GetString()!)] : []);

    [GeneratedRegex(@"^(fr|en)(-[A-Za-z]{2})?$")]
    private static partial Regex LocalePattern();

    [GeneratedRegex(@"T.*(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOffset();
}

/// <summary>The question a reply answers: its type, the choices of a choice question, the unit a number is expected in.</summary>
internal sealed record InterpretQuestion(string? Type, IReadOnlyList<JsonElement>? Choices = null, string? Unit = null, string? Text = null);
