namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// What makes a policy unusable, one message per problem with the path of the offending value, so the API can
/// refuse it field by field and the scorer never has to guess what a broken rule meant.
/// </summary>
internal static class PolicyCheck
{
    public static IReadOnlyList<string> Problems(ScoringPolicy policy)
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            RuleProblems(policy.Rules[i], $"rules[{i}]", names, problems);
        }

        var groups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (group, cap) in policy.GroupCaps)
        {
            if (cap < 0)
            {
                problems.Add($"groupCaps[{group}]: a cap is the largest magnitude a group may reach and cannot be negative.");
            }

            if (!groups.Add(group.Trim()))
            {
                problems.Add($"groupCaps[{group}]: groups are matched case-insensitively, so this cap is given twice.");
            }
        }

        if (policy.DecayHalfLifeDays is { } halfLife && !(double.IsFinite(halfLife) && halfLife > 0))
        {
            problems.Add("decayHalfLifeDays: must be a positive number of days, or absent for no decay.");
        }

        var thresholds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < policy.Thresholds.Count; i++)
        {
            var name = policy.Thresholds[i].Name;
            if (string.IsNullOrWhiteSpace(name) || !thresholds.Add(name.Trim()))
            {
                problems.Add($"thresholds[{i}].name: must be present and unique, because events name the threshold crossed.");
            }
        }

        return problems;
    }

    public static void ThrowIfInvalid(ScoringPolicy policy)
    {
        var problems = Problems(policy);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The scoring policy is invalid: " + string.Join(" ", problems), nameof(policy));
        }
    }

    private static void RuleProblems(ScoringRule rule, string path, HashSet<string> names, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(rule.Name) || !names.Add(rule.Name.Trim()))
        {
            problems.Add($"{path}.name: must be present and unique, because the score's reasons name the rule.");
        }
        else if (rule.Name.Trim().Equals("decay", StringComparison.OrdinalIgnoreCase)
                 || rule.Name.Trim().StartsWith("cap:", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{path}.name: 'decay' and 'cap:…' name the score's own adjustments.");
        }

        if (!Enum.IsDefined(rule.Kind))
        {
            problems.Add($"{path}.kind: unknown kind.");
        }

        if (!RuleSubject.IsKnown(rule.Subject))
        {
            problems.Add($"{path}.subject: expected field:<name>, answer:<key>, engagement:replied, engagement:replyMinutes or engagement:answersGiven.");
        }

        if (!Enum.IsDefined(rule.Operator))
        {
            problems.Add($"{path}.operator: unknown operator.");
        }
        else if (rule.Operator is not (RuleOperator.Exists or RuleOperator.Missing) && string.IsNullOrWhiteSpace(rule.Value))
        {
            problems.Add($"{path}.value: {rule.Operator} compares with a value.");
        }
        else if (rule.Operator is RuleOperator.GreaterThan or RuleOperator.GreaterOrEqual or RuleOperator.LessThan or RuleOperator.LessOrEqual
                 && RuleNumber.Parse(rule.Value) is null)
        {
            problems.Add($"{path}.value: {rule.Operator} compares numbers; write one with a dot for decimals.");
        }
    }
}
