using Modular.Modules.Leads.Scoring.Engine;
using static Modular.Modules.Leads.Tests.Scoring.TestLeads;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class PolicyCheckTests
{
    [Fact]
    public void A_sound_policy_has_no_problems()
    {
        var policy = new ScoringPolicy(
            [
                Rule("Has company", "field:company", RuleOperator.Exists, null, 10, "size"),
                Rule("Replied", "engagement:replied", RuleOperator.Equals, "true", 5, kind: RuleKind.Engagement),
            ],
            new Dictionary<string, int> { ["size"] = 0 },
            14,
            [new ScoreThreshold("hot", 70)]);

        PolicyCheck.Problems(policy).ShouldBeEmpty();
    }

    [Fact]
    public void Each_problem_names_the_value_at_fault()
    {
        var policy = new ScoringPolicy(
            [
                Rule("Budget", "answer:budget", RuleOperator.GreaterThan, "lots", 10),
                Rule("budget", "field:source", RuleOperator.Equals, "web", 5),
                Rule("Opened email", "engagement:opened", RuleOperator.Exists, null, 5),
                Rule("Source", "field:source", RuleOperator.Equals, null, 5),
                Rule("decay", "field:source", RuleOperator.Exists, null, 5),
                Rule("cap:size", "field:source", RuleOperator.Exists, null, 5),
            ],
            new Dictionary<string, int> { ["size"] = -5, ["Size"] = 10 },
            0,
            [new ScoreThreshold("hot", 70), new ScoreThreshold("HOT", 80)]);

        PolicyCheck.Problems(policy).Select(problem => problem[..problem.IndexOf(':')]).ShouldBe(
        [
            "rules[0].value",
            "rules[1].name",
            "rules[2].subject",
            "rules[3].value",
            "rules[4].name",
            "rules[5].name",
            "groupCaps[size]",
            "groupCaps[Size]",
            "decayHalfLifeDays",
            "thresholds[1].name",
        ]);
    }
}
