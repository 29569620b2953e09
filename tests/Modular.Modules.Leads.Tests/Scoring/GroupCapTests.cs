using Modular.Modules.Leads.Scoring.Engine;
using static Modular.Modules.Leads.Tests.Scoring.TestLeads;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class GroupCapTests
{
    private static readonly LeadFacts Lead = With(fields: new Dictionary<string, string?> { ["company"] = "Acme", ["country"] = "FR" });

    [Fact]
    public void Bonuses_above_the_cap_are_trimmed_by_their_own_reason()
    {
        var policy = Policy(
            [
                Rule("Company named", "field:company", RuleOperator.Exists, null, 20, "size"),
                Rule("In France", "field:country", RuleOperator.Equals, "fr", 15, "size"),
            ],
            new Dictionary<string, int> { ["size"] = 30 });

        var score = RuleScorer.Score(Lead, policy, Now);

        score.Reasons.ShouldBe([new("Company named", 20), new("In France", 15), new("cap:size", -5)]);
        score.Score.ShouldBe(30);
    }

    [Fact]
    public void Penalties_beyond_the_cap_are_bounded_the_same_way()
    {
        var policy = Policy(
            [
                Rule("Company named", "field:company", RuleOperator.Exists, null, -15, "red flags"),
                Rule("In France", "field:country", RuleOperator.Equals, "fr", -10, "red flags"),
            ],
            new Dictionary<string, int> { ["red flags"] = 20 });

        var score = RuleScorer.Score(Lead, policy, Now);

        score.Reasons.ShouldBe([new("Company named", -15), new("In France", -10), new("cap:red flags", 5)]);
        score.Score.ShouldBe(-20);
    }

    [Fact]
    public void A_group_within_its_cap_or_without_one_is_left_alone()
    {
        var policy = Policy(
            [
                Rule("Company named", "field:company", RuleOperator.Exists, null, 25, "size"),
                Rule("In France", "field:country", RuleOperator.Equals, "fr", -10, "size"),
                Rule("Company again", "field:company", RuleOperator.Equals, "acme", 50, "uncapped"),
            ],
            new Dictionary<string, int> { ["size"] = 20 });

        var score = RuleScorer.Score(Lead, policy, Now);

        // The cap bounds the group's total (25 − 10 = 15), not each rule.
        score.Reasons.ShouldBe([new("Company named", 25), new("In France", -10), new("Company again", 50)]);
        score.Score.ShouldBe(65);
    }
}
