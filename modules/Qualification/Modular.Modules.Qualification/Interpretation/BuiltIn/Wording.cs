using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// Explanations are shown to the lead when they ask how their answers were read (GDPR art. 15(1)(h)), so they are
/// written in the conversation's language: French for <c>fr</c> and its regions, English otherwise.
/// </summary>
internal static class Wording
{
    public static bool IsFrench(string locale) => locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    public static string Say(this QuestionSpec question, string french, string english) => IsFrench(question.Locale) ? french : english;

    public static string Quote(this QuestionSpec question, string text) => question.Say($"« {text} »", $"\"{text}\"");

    /// <summary>A reply quoted in an explanation, cut so a long message does not drown the reason.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    public static AnswerInterpretation NotUnderstood(this QuestionSpec question, string french, string english) =>
        new(false, null, 0, question.Say(french, english));
}
