namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>Decides whether one rule applies to a lead.</summary>
internal static class RuleMatcher
{
    public static bool Matches(ScoringRule rule, LeadFacts facts)
    {
        var actual = RuleSubject.ValueOf(facts, rule.Subject);
        var absent = string.IsNullOrWhiteSpace(actual);
        if (rule.Operator == RuleOperator.Missing)
        {
            return absent;
        }

        // A rule about something the lead does not have says nothing about it, not even "is not equal to".
        if (absent)
        {
            return false;
        }

        var expected = rule.Value?.Trim() ?? string.Empty;
        return rule.Operator switch
        {
            RuleOperator.Exists => true,
            RuleOperator.Equals => AreEqual(actual!, expected),
            RuleOperator.NotEquals => !AreEqual(actual!, expected),
            RuleOperator.Contains => actual!.Contains(expected, StringComparison.OrdinalIgnoreCase),
            RuleOperator.In => expected
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Any(item => AreEqual(actual!, item)),
            _ => Compare(actual!, expected) is { } order && rule.Operator switch
            {
                RuleOperator.GreaterThan => order > 0,
                RuleOperator.GreaterOrEqual => order >= 0,
                RuleOperator.LessThan => order < 0,
                RuleOperator.LessOrEqual => order <= 0,
                _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Operator, "Unknown rule operator."),
            },
        };
    }

    // "10" and "10.0" are the same budget; text that is not a number compares as text.
    private static bool AreEqual(string actual, string expected) =>
        RuleNumber.Parse(actual) is { } left && RuleNumber.Parse(expected) is { } right
            ? left == right
            : actual.Trim().Equals(expected, StringComparison.OrdinalIgnoreCase);

    // Ordering text would make "9" greater than "10"; when either side is not a number the rule does not apply.
    private static int? Compare(string actual, string expected) =>
        RuleNumber.Parse(actual) is { } left && RuleNumber.Parse(expected) is { } right ? left.CompareTo(right) : null;
}
