using Modular.Modules.Leads.Scoring.Engine;
using static Modular.Modules.Leads.Tests.Scoring.TestLeads;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class RuleMatcherTests
{
    private static readonly LeadFacts Lead = With(
        fields: new Dictionary<string, string?>
        {
            ["source"] = "Google-Ads", ["postalCode"] = "75011", ["tags"] = "vip,returning", ["attributes.budget"] = "1500.50",
            ["city"] = null, ["company"] = " ",
        },
        answers: new Dictionary<string, string?> { ["Employees"] = "10.0", ["timeline"] = "1,5" },
        replied: true,
        firstReplyAfter: TimeSpan.FromSeconds(90),
        answersGiven: 2);

    [Theory]
    [InlineData("field:source", "Equals", "google-ads", true)]
    [InlineData("FIELD:Source", "Equals", "GOOGLE-ADS", true)]
    [InlineData("field:source", "NotEquals", "facebook", true)]
    [InlineData("field:source", "Contains", "ads", true)]
    [InlineData("field:source", "In", "facebook, Google-ads", true)]
    [InlineData("field:source", "In", "facebook,google", false)]
    [InlineData("field:tags", "Contains", "VIP", true)]
    [InlineData("field:postalCode", "GreaterOrEqual", "75000", true)]
    [InlineData("field:attributes.budget", "GreaterThan", "1500.5", false)]
    [InlineData("field:attributes.budget", "LessOrEqual", "1500.5", true)]
    [InlineData("answer:employees", "Equals", "10", true)]
    [InlineData("answer:timeline", "LessThan", "2", false)]
    [InlineData("field:source", "GreaterThan", "1", false)]
    [InlineData("field:city", "NotEquals", "Paris", false)]
    [InlineData("field:city", "Missing", null, true)]
    [InlineData("field:company", "Exists", null, false)]
    [InlineData("field:company", "Missing", null, true)]
    [InlineData("field:phone", "NotEquals", "x", false)]
    [InlineData("field:phone", "Missing", null, true)]
    [InlineData("answer:budget", "LessThan", "100", false)]
    [InlineData("engagement:replied", "Equals", "TRUE", true)]
    [InlineData("engagement:replyMinutes", "LessThan", "1.5", false)]
    [InlineData("engagement:replyMinutes", "LessOrEqual", "1.5", true)]
    [InlineData("engagement:answersGiven", "GreaterOrEqual", "2", true)]
    public void Compares_case_insensitively_and_numbers_as_invariant_decimals(
        string subject, string op, string? value, bool matches)
    {
        // The operator arrives by name: a public test method cannot take the module's internal enum.
        RuleMatcher.Matches(Rule("rule", subject, Enum.Parse<RuleOperator>(op), value, 1), Lead).ShouldBe(matches);
    }

    [Fact]
    public void A_lead_that_never_replied_has_no_reply_time()
    {
        var lead = With(replied: false);

        RuleMatcher.Matches(Rule("slow", "engagement:replyMinutes", RuleOperator.GreaterThan, "0", 1), lead).ShouldBeFalse();
        RuleMatcher.Matches(Rule("none", "engagement:replyMinutes", RuleOperator.Missing, null, 1), lead).ShouldBeTrue();
    }
}
