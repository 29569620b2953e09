namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// How a rule compares its subject's value with the rule's value. Text compares case-insensitively; the ordering
/// operators, and equality when both sides are numbers, compare invariant-culture decimals.
/// </summary>
internal enum RuleOperator
{
    Equals,
    NotEquals,
    Contains,

    /// <summary>The rule's value is a comma-separated list; matches when the subject equals one of its items.</summary>
    In,
    Exists,

    /// <summary>The only operator that matches an absent or blank value.</summary>
    Missing,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}
