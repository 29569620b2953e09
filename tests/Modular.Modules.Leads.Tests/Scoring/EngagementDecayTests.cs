using Modular.Modules.Leads.Scoring.Engine;
using static Modular.Modules.Leads.Tests.Scoring.TestLeads;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class EngagementDecayTests
{
    private static readonly ScoringPolicy Policy = TestLeads.Policy(
        [
            Rule("Company named", "field:company", RuleOperator.Exists, null, 10),
            Rule("Replied", "engagement:replied", RuleOperator.Equals, "true", 20, kind: RuleKind.Engagement),
        ],
        halfLifeDays: 10);

    private static LeadFacts RepliedLead(double idleDays) =>
        With(fields: new Dictionary<string, string?> { ["company"] = "Acme" }, replied: true, idleDays: idleDays);

    [Theory]
    [InlineData(0, 30)]  // fresh: 10 + 20
    [InlineData(10, 20)] // one half-life: engagement 20 → 10
    [InlineData(20, 15)] // two half-lives: engagement 20 → 5
    public void Engagement_points_halve_every_half_life_and_fit_points_stay(double idleDays, int expected)
    {
        var score = RuleScorer.Score(RepliedLead(idleDays), Policy, Now);

        score.Score.ShouldBe(expected);
        score.Reasons.Sum(reason => reason.Points).ShouldBe(expected);
        score.Reasons.Where(reason => reason.Rule == "decay").Sum(reason => reason.Points).ShouldBe(expected - 30);
    }

    [Fact]
    public void No_decay_line_when_nothing_has_faded()
    {
        RuleScorer.Score(RepliedLead(0), Policy, Now).Reasons.ShouldNotContain(reason => reason.Rule == "decay");
    }

    [Fact]
    public void No_decay_without_a_half_life()
    {
        var policy = Policy with { DecayHalfLifeDays = null };

        RuleScorer.Score(RepliedLead(365), policy, Now).Score.ShouldBe(30);
    }

    [Fact]
    public void Without_any_activity_the_lead_has_been_idle_since_it_arrived()
    {
        var lead = RepliedLead(0) with { CreatedAt = Now.AddDays(-10), LastActivityAt = null };

        RuleScorer.Score(lead, Policy, Now).Score.ShouldBe(20);
    }

    [Fact]
    public void An_activity_ahead_of_the_clock_does_not_grow_the_points()
    {
        RuleScorer.Score(RepliedLead(-5), Policy, Now).Score.ShouldBe(30);
    }

    [Fact]
    public void The_remaining_points_are_rounded_half_away_from_zero()
    {
        var policy = TestLeads.Policy(
            [Rule("Replied", "engagement:replied", RuleOperator.Equals, "true", 25, kind: RuleKind.Engagement)], halfLifeDays: 10);

        var score = RuleScorer.Score(RepliedLead(10), policy, Now);

        // 25 × 0.5 = 12.5 remains, rounded to 13: decay −12.
        score.Reasons.ShouldBe([new("Replied", 25), new("decay", -12)]);
        score.Score.ShouldBe(13);
    }

    [Fact]
    public void Negative_engagement_fades_towards_zero_too()
    {
        var policy = TestLeads.Policy(
            [Rule("Never replied", "engagement:replied", RuleOperator.Equals, "false", -20, kind: RuleKind.Engagement)], halfLifeDays: 10);

        var score = RuleScorer.Score(With(idleDays: 10), policy, Now);

        score.Reasons.ShouldBe([new("Never replied", -20), new("decay", 10)]);
        score.Score.ShouldBe(-10);
    }

    [Fact]
    public void Decay_fades_what_the_cap_let_through_not_the_raw_points()
    {
        var policy = TestLeads.Policy(
            [
                Rule("Replied", "engagement:replied", RuleOperator.Equals, "true", 15, "activity", RuleKind.Engagement),
                Rule("Answered", "engagement:answersGiven", RuleOperator.GreaterOrEqual, "1", 15, "activity", RuleKind.Engagement),
            ],
            new Dictionary<string, int> { ["activity"] = 20 },
            halfLifeDays: 10);
        var lead = With(replied: true, answersGiven: 2, idleDays: 10);

        var score = RuleScorer.Score(lead, policy, Now);

        // 30 capped at 20, then one half-life: 20 → 10.
        score.Reasons.ShouldBe([new("Replied", 15), new("Answered", 15), new("cap:activity", -10), new("decay", -10)]);
        score.Score.ShouldBe(10);
    }
}
