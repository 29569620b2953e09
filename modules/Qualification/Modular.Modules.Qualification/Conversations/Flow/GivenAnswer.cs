namespace Modular.Modules.Qualification.Conversations.Flow;

/// <summary>An answer as the flow sees it: what the interpreter understood of a reply to one question.</summary>
/// <param name="Key">The question's key.</param>
/// <param name="Understood">False when every re-ask failed: the question counts as unanswered.</param>
/// <param name="Value">The normalised value (see <c>QuestionTypes</c>).</param>
/// <param name="Min">For numbers, the low end of the range given.</param>
/// <param name="Max">For numbers, the high end.</param>
/// <param name="At">When the reply came; relative conditions on dates count from it.</param>
internal sealed record GivenAnswer(string Key, bool Understood, string? Value, decimal? Min, decimal? Max, DateTimeOffset At);
