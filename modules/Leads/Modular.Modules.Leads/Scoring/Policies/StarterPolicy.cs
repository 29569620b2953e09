using Modular.Modules.Leads.Scoring.Engine;

namespace Modular.Modules.Leads.Scoring.Policies;

/// <summary>
/// The policy a tenant scores with until it saves its own: reachable contact details count for a little, how the
/// lead engages in the conversation for more, and engagement halves every two weeks without news.
/// <list type="bullet">
/// <item>contact (capped at 25): valid email +10, mobile phone +15</item>
/// <item>fit: company given +10, left a message +5</item>
/// <item>engagement (capped at 50, fading): replied +20, replied within 5 minutes +15, answered 3 questions or more +15</item>
/// <item>thresholds: warm at 30, hot at 60</item>
/// </list>
/// </summary>
internal static class StarterPolicy
{
    // Fixed ids, so the starter rules keep their identity when a tenant saves an edited copy of them.
    public static ScoringPolicy Policy { get; } = new(
        [
            new(new Guid("0193a000-0000-7000-8000-000000000001"), "Valid email", RuleKind.Fit, "field:emailValid", RuleOperator.Equals, "true", 10, "contact"),
            new(new Guid("0193a000-0000-7000-8000-000000000002"), "Mobile phone", RuleKind.Fit, "field:phoneType", RuleOperator.Equals, "mobile", 15, "contact"),
            new(new Guid("0193a000-0000-7000-8000-000000000003"), "Company given", RuleKind.Fit, "field:company", RuleOperator.Exists, null, 10, null),
            new(new Guid("0193a000-0000-7000-8000-000000000004"), "Left a message", RuleKind.Fit, "field:message", RuleOperator.Exists, null, 5, null),
            new(new Guid("0193a000-0000-7000-8000-000000000005"), "Replied", RuleKind.Engagement, "engagement:replied", RuleOperator.Equals, "true", 20, "engagement"),
            new(new Guid("0193a000-0000-7000-8000-000000000006"), "Replied within 5 minutes", RuleKind.Engagement, "engagement:replyMinutes", RuleOperator.LessThan, "5", 15, "engagement"),
            new(new Guid("0193a000-0000-7000-8000-000000000007"), "Answered 3 questions or more", RuleKind.Engagement, "engagement:answersGiven", RuleOperator.GreaterOrEqual, "3", 15, "engagement"),
        ],
        new Dictionary<string, int> { ["contact"] = 25, ["engagement"] = 50 },
        14,
        [new("warm", 30), new("hot", 60)]);
}
