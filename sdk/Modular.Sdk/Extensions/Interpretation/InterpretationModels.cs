namespace Modular.Sdk.Extensions.Interpretation;

/// <summary>The question a reply answers.</summary>
/// <param name="Type">yes_no, number, choice, date or text.</param>
/// <param name="Text">The question as sent.</param>
/// <param name="Locale">Language of the conversation, for example <c>fr-FR</c>.</param>
/// <param name="Choices">For choice questions: each choice's value and its synonyms.</param>
public sealed record QuestionSpec(string Type, string Text, string Locale, IReadOnlyDictionary<string, IReadOnlyList<string>>? Choices = null);

/// <summary>What the interpreter understood.</summary>
/// <param name="Understood">False when the question should be asked again.</param>
/// <param name="Value">The normalised value (true/false, a number, a choice value, an ISO date or the text).</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Explanation">Why, in words a data subject can read (GDPR art. 15(1)(h)).</param>
public sealed record Interpretation(bool Understood, string? Value, double Confidence, string Explanation);
