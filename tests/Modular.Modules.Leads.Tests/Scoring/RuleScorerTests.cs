using Modular.Modules.Leads.Scoring.Engine;
using static Modular.Modules.Leads.Tests.Scoring.TestLeads;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class RuleScorerTests
{
    private static readonly ScoringPolicy RealisticPolicy = new(
        [
            Rule("Google Ads lead", "field:source", RuleOperator.Equals, "google-ads", 10),
            Rule("French-speaking market", "field:country", RuleOperator.In, "FR, BE, CH", 5),
            Rule("Mobile phone", "field:phoneType", RuleOperator.Equals, "mobile", 5),
            Rule("50+ employees", "answer:companySize", RuleOperator.GreaterOrEqual, "50", 20, "company size"),
            Rule("Company named", "field:company", RuleOperator.Exists, null, 15, "company size"),
            Rule("Test lead", "field:isTest", RuleOperator.Equals, "true", -100),
            Rule("Free mailbox", "field:email", RuleOperator.Contains, "@gmail.", -5),
            Rule("No budget given", "answer:budget", RuleOperator.Missing, null, -10),
            Rule("Replied", "engagement:replied", RuleOperator.Equals, "true", 20, kind: RuleKind.Engagement),
            Rule("Replied within 10 minutes", "engagement:replyMinutes", RuleOperator.LessThan, "10", 10, kind: RuleKind.Engagement),
            Rule("Answered 3+ questions", "engagement:answersGiven", RuleOperator.GreaterOrEqual, "3", 10, kind: RuleKind.Engagement),
            Rule("Slow reply", "engagement:replyMinutes", RuleOperator.GreaterOrEqual, "1440", -10, kind: RuleKind.Engagement),
        ],
        new Dictionary<string, int> { ["Company Size"] = 30 },
        DecayHalfLifeDays: 7,
        [new ScoreThreshold("warm", 40), new ScoreThreshold("hot", 70)]);

    [Fact]
    public void A_realistic_lead_gets_the_exact_score_with_every_reason()
    {
        var lead = With(
            fields: new Dictionary<string, string?>
            {
                ["source"] = "Google-Ads", ["country"] = "fr", ["phoneType"] = "mobile", ["company"] = "Acme",
                ["email"] = "jean@gmail.com", ["isTest"] = "false",
            },
            answers: new Dictionary<string, string?> { ["companySize"] = "120", ["budget"] = "  " },
            replied: true,
            firstReplyAfter: TimeSpan.FromMinutes(4),
            answersGiven: 3,
            idleDays: 7);

        var score = RuleScorer.Score(lead, RealisticPolicy, Now);

        // Rules: 10 + 5 + 5 + 20 + 15 − 5 − 10 + 20 + 10 + 10 = 80. Company size 35 capped at 30: −5.
        // Engagement 40 after one 7-day half-life is 20: decay −20. 80 − 5 − 20 = 55.
        score.Reasons.ShouldBe(
        [
            new ScoreReason("Google Ads lead", 10),
            new ScoreReason("French-speaking market", 5),
            new ScoreReason("Mobile phone", 5),
            new ScoreReason("50+ employees", 20),
            new ScoreReason("Company named", 15),
            new ScoreReason("Free mailbox", -5),
            new ScoreReason("No budget given", -10),
            new ScoreReason("Replied", 20),
            new ScoreReason("Replied within 10 minutes", 10),
            new ScoreReason("Answered 3+ questions", 10),
            new ScoreReason("cap:company size", -5),
            new ScoreReason("decay", -20),
        ]);
        score.Score.ShouldBe(55);
        score.Reasons.Sum(reason => reason.Points).ShouldBe(score.Score);
    }

    [Fact]
    public void A_bare_lead_matches_only_the_rules_about_what_it_lacks()
    {
        var score = RuleScorer.Score(With(), RealisticPolicy, Now);

        score.Reasons.ShouldBe([new ScoreReason("No budget given", -10)]);
        score.Score.ShouldBe(-10);
    }

    [Fact]
    public void An_invalid_policy_is_refused_rather_than_guessed()
    {
        var policy = Policy([Rule("Budget", "answer:budget", RuleOperator.GreaterThan, "a lot", 10)]);

        Should.Throw<ArgumentException>(() => RuleScorer.Score(With(), policy, Now)).Message.ShouldContain("rules[0].value");
    }
}
