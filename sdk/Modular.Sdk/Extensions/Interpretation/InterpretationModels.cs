namespace Modular.Sdk.Extensions.Interpretation;

/// <summary>The question a reply answers.</summary>
/// <param name="Type">yes_no, number, choice, date or text (see <see cref="QuestionTypes"/>).</param>
/// <param name="Text">The question as sent.</param>
/// <param name="Locale">Language of the conversation: <c>fr</c> or <c>en</c> (a region, as in <c>fr-FR</c>, is allowed).</param>
/// <param name="Now">The conversation's current local time, with its offset: relative dates ("next month") resolve from it.</param>
/// <param name="Choices">For choice questions: each choice's value and its synonyms, in the order the question lists them.</param>
/// <param name="Unit">For number questions: the unit the answer is expected in, for example <c>€</c> or <c>m²</c>.</param>
public sealed record QuestionSpec(
    string Type,
    string Text,
    string Locale,
    DateTimeOffset Now,
    IReadOnlyList<ChoiceSpec>? Choices = null,
    string? Unit = null);

/// <summary>One choice of a choice question.</summary>
/// <param name="Value">The value stored when this choice is picked, also its display text.</param>
/// <param name="Synonyms">Other words a lead may use for it.</param>
public sealed record ChoiceSpec(string Value, IReadOnlyList<string> Synonyms);

/// <summary>The question types a scenario may ask.</summary>
public static class QuestionTypes
{
    /// <summary>Yes or no; the value is <c>true</c> or <c>false</c>.</summary>
    public const string YesNo = "yes_no";

    /// <summary>A number, possibly a range; the value is the number written with invariant culture.</summary>
    public const string Number = "number";

    /// <summary>One of a list; the value is the choice's <see cref="ChoiceSpec.Value"/>.</summary>
    public const string Choice = "choice";

    /// <summary>A date or a timeframe; the value is an ISO date <c>yyyy-MM-dd</c>.</summary>
    public const string Date = "date";

    /// <summary>Free text, kept as written.</summary>
    public const string Text = "text";
}

/// <summary>What the interpreter understood.</summary>
/// <param name="Understood">False when the question should be asked again (and for an opt-out, which answers no question).</param>
/// <param name="Value">The normalised value (<c>true</c>/<c>false</c>, an invariant number, a choice value, an ISO date or the text), null when not understood. For a range, the midpoint; for an open range ("at least 50"), its bound.</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Explanation">Why, in words a data subject can read (GDPR art. 15(1)(h)).</param>
/// <param name="Min">For numbers: the low end of a range, or the number itself; null when the range has no low end ("less than 10").</param>
/// <param name="Max">For numbers: the high end of a range, or the number itself; null when the range has no high end ("at least 50").</param>
/// <param name="OptOut">The reply asks to stop being contacted ("STOP", "remove me from your list"): <paramref name="Understood"/> is then false and <paramref name="Value"/> null, and the conversation ends whatever the question.</param>
public sealed record AnswerInterpretation(
    bool Understood,
    string? Value,
    double Confidence,
    string Explanation,
    decimal? Min = null,
    decimal? Max = null,
    bool OptOut = false);
