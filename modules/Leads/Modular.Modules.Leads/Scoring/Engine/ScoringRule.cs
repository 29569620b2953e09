namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>One tenant rule: when <paramref name="Subject"/> satisfies <paramref name="Operator"/>, the lead earns <paramref name="Points"/>.</summary>
/// <param name="Id">Stable identity, so edits keep the rule's history.</param>
/// <param name="Name">Shown in the score's reasons; unique within a policy.</param>
/// <param name="Kind">Engagement points fade with decay; fit points do not.</param>
/// <param name="Subject">
/// <c>field:&lt;name&gt;</c>, <c>answer:&lt;key&gt;</c>, <c>engagement:replied</c>, <c>engagement:replyMinutes</c> or
/// <c>engagement:answersGiven</c>.
/// </param>
/// <param name="Operator">How the subject's value is compared with <paramref name="Value"/>.</param>
/// <param name="Value">What to compare with; unused by <see cref="RuleOperator.Exists"/> and <see cref="RuleOperator.Missing"/>.</param>
/// <param name="Points">May be negative.</param>
/// <param name="Group">Rules of one group share the group's cap, if it has one.</param>
internal sealed record ScoringRule(
    Guid Id,
    string Name,
    RuleKind Kind,
    string Subject,
    RuleOperator Operator,
    string? Value,
    int Points,
    string? Group);
