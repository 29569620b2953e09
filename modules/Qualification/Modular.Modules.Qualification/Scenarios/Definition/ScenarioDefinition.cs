using Modular.Modules.Qualification.Shared;

namespace Modular.Modules.Qualification.Scenarios.Definition;

/// <summary>
/// What a client edits: the conversation a scenario holds with each lead. Stored as JSON in each immutable
/// version, so a running conversation keeps the version it started with. Texts are per locale (<c>fr</c>, <c>en</c>)
/// and may name lead fields as <c>{{firstName}}</c> (see <see cref="TemplateFields"/>).
/// </summary>
/// <param name="Locales">The languages every text is written in; the first is used when the lead's is not among them.</param>
/// <param name="Intro">Sent first: who writes and why, with a STOP mention (French law requires it for prospecting SMS).</param>
/// <param name="Questions">Asked in order unless a branch jumps.</param>
/// <param name="Rules">Checked in order once the questions are done; the first whose conditions all hold gives the verdict.</param>
/// <param name="FallbackVerdict">The verdict when no rule holds.</param>
/// <param name="Closings">The last message, per verdict; a verdict without one ends silently.</param>
/// <param name="MaxReasks">How many times a question is asked again when a reply is not understood, before moving on.</param>
/// <param name="Reminders">Reminders when the lead does not reply, then NoResponse.</param>
/// <param name="Interpreter">The key of the answer interpreter that reads replies (<c>openai</c> for the chat-completions plugin); the built-in one when null, or when the chosen one fails.</param>
internal sealed record ScenarioDefinition(
    IReadOnlyList<string> Locales,
    IReadOnlyDictionary<string, string> Intro,
    IReadOnlyList<ScenarioQuestion> Questions,
    IReadOnlyList<VerdictRule> Rules,
    string FallbackVerdict,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Closings,
    int MaxReasks = 2,
    ReminderPolicy? Reminders = null,
    string? Interpreter = null)
{
    public ReminderPolicy ReminderPolicy => Reminders ?? ReminderPolicy.Default;

    public ScenarioQuestion? Question(string key) => Questions.FirstOrDefault(q => q.Key == key);

    /// <summary>The same scenario with every verdict spelled canonically, as stored and compared.</summary>
    public ScenarioDefinition WithCanonicalVerdicts() => this with
    {
        Rules = [.. (Rules ?? []).Select(rule => rule with { Verdict = Verdicts.Canonical(rule.Verdict ?? "") })],
        FallbackVerdict = Verdicts.Canonical(FallbackVerdict ?? ""),
        Closings = (Closings ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            .ToDictionary(closing => Verdicts.Canonical(closing.Key), closing => closing.Value),
    };
}

/// <summary>One question.</summary>
/// <param name="Key">Stable name, used by branches, rules and the report, for example <c>budget</c>.</param>
/// <param name="Type">yes_no, number, choice, date or text.</param>
/// <param name="Text">The question per locale.</param>
/// <param name="Reask">Sent instead of <paramref name="Text"/> when a reply was not understood; a default is used when missing.</param>
/// <param name="Choices">For choice questions.</param>
/// <param name="Unit">For number questions, the unit expected (€, m²…).</param>
/// <param name="Branches">Checked in order after an answer; the first that holds says which question comes next (or <c>end</c>).</param>
internal sealed record ScenarioQuestion(
    string Key,
    string Type,
    IReadOnlyDictionary<string, string> Text,
    IReadOnlyDictionary<string, string>? Reask = null,
    IReadOnlyList<ScenarioChoice>? Choices = null,
    string? Unit = null,
    IReadOnlyList<Branch>? Branches = null);

/// <summary>One choice of a choice question.</summary>
internal sealed record ScenarioChoice(string Value, IReadOnlyList<string>? Synonyms = null);

/// <summary>Jump to <paramref name="Goto"/> (a question key, or <c>end</c>) when <paramref name="When"/> holds for the answer just given.</summary>
internal sealed record Branch(Condition When, string Goto)
{
    public const string End = "end";
}

/// <summary>A verdict and the conditions that give it.</summary>
internal sealed record VerdictRule(string Verdict, IReadOnlyList<Condition> When);

/// <summary>Reminders sent when the lead does not reply.</summary>
/// <param name="Count">How many reminders before the verdict NoResponse.</param>
/// <param name="SpacingMinutes">Time between the last message and a reminder, and after the last reminder before NoResponse.</param>
internal sealed record ReminderPolicy(int Count, int SpacingMinutes)
{
    public static ReminderPolicy Default { get; } = new(2, 240);
}
