using System.Text.Json;
using Modular.Modules.Qualification.Conversations.Flow;
using Modular.Modules.Qualification.Scenarios.Definition;

namespace Modular.Modules.Qualification.Tests.Conversations;

public sealed class ConversationFlowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly Dictionary<string, string?> Jeanne = new() { ["firstName"] = "Jeanne", ["companyName"] = "Acme", ["lastName"] = null };

    private static ConversationFlow Flow(string locale = "fr") => new(DefaultScenario.Definition, locale, Jeanne);

    private static GivenAnswer Answer(string key, string? value, decimal? min = null, decimal? max = null, bool understood = true) =>
        new(key, understood, value, min, max, Now);

    [Fact]
    public void The_opening_introduces_the_company_names_the_lead_mentions_stop_and_asks_the_first_question()
    {
        var opening = Flow().Opening();

        opening.ShouldStartWith("Bonjour Jeanne, ici Acme.");
        opening.ShouldContain("STOP");
        opening.ShouldEndWith("Avez-vous un projet concret en ce moment ? (oui / non)");
    }

    [Fact]
    public void A_missing_field_leaves_no_gap_and_english_is_used_for_english_leads()
    {
        var flow = new ConversationFlow(DefaultScenario.Definition, "en", new Dictionary<string, string?> { ["firstName"] = null, ["companyName"] = "Acme" });

        flow.Opening().ShouldStartWith("Hello, this is Acme.");
    }

    [Fact]
    public void A_no_to_the_first_question_jumps_to_the_end_and_disqualifies()
    {
        var flow = Flow();
        var no = Answer("project", "false");

        flow.Next(flow.FirstQuestion, no).ShouldBeNull();
        flow.Verdict([no]).ShouldBe("Disqualified");
    }

    [Fact]
    public void A_project_soon_with_a_budget_is_hot_later_is_qualified_and_without_a_timeframe_needs_review()
    {
        var flow = Flow();
        var yes = Answer("project", "true");
        var budget = Answer("budget", "300000", 300000, 300000);

        flow.Verdict([yes, Answer("timeframe", "2027-01-15"), budget]).ShouldBe("Hot");
        flow.Verdict([yes, Answer("timeframe", "2027-09-01"), budget]).ShouldBe("Qualified", "more than 90 days ahead");
        flow.Verdict([yes, Answer("timeframe", null, understood: false), budget]).ShouldBe("ToReview");
    }

    [Fact]
    public void After_an_answer_the_next_question_in_order_follows()
    {
        var flow = Flow();

        flow.Next(flow.FirstQuestion, Answer("project", "true"))!.Key.ShouldBe("timeframe");
        flow.Next(flow.Question("callback")!, Answer("callback", "morning")).ShouldBeNull();
    }

    [Theory]
    [InlineData("gte", 250000, 200000, 300000, false)] // a range counts by its low end for "at least"
    [InlineData("gte", 200000, 200000, 300000, true)]
    [InlineData("lte", 300000, 200000, 300000, true)]
    [InlineData("lt", 300000, 200000, 300000, false)] // and by its high end for "less than"
    [InlineData("eq", 250000, 200000, 300000, true)] // equal when the range holds the number
    [InlineData("ne", 100000, 200000, 300000, true)]
    public void Number_conditions_compare_ranges_conservatively(string op, int value, int min, int max, bool holds)
    {
        var condition = new Condition(op, JsonSerializer.SerializeToElement(value), "budget");

        ConditionEvaluator.Holds(condition, Answer("budget", ((min + max) / 2).ToString(), min, max)).ShouldBe(holds);
    }

    [Fact]
    public void An_unanswered_question_satisfies_only_unanswered()
    {
        var missing = Answer("budget", null, understood: false);

        ConditionEvaluator.Holds(new Condition("unanswered", Question: "budget"), missing).ShouldBeTrue();
        ConditionEvaluator.Holds(new Condition("unanswered", Question: "budget"), null).ShouldBeTrue();
        ConditionEvaluator.Holds(new Condition("answered", Question: "budget"), missing).ShouldBeFalse();
        ConditionEvaluator.Holds(new Condition("ne", JsonSerializer.SerializeToElement(5), "budget"), missing).ShouldBeFalse();
    }

    [Fact]
    public void Choices_match_one_of_a_list_ignoring_case_and_dates_count_days_from_the_reply()
    {
        var inList = new Condition("in", JsonSerializer.SerializeToElement(new[] { "Morning", "evening" }), "callback");
        ConditionEvaluator.Holds(inList, Answer("callback", "morning")).ShouldBeTrue();
        ConditionEvaluator.Holds(inList, Answer("callback", "afternoon")).ShouldBeFalse();

        var soon = new Condition("within_days", JsonSerializer.SerializeToElement(30), "timeframe");
        ConditionEvaluator.Holds(soon, Answer("timeframe", "2026-12-23")).ShouldBeTrue();
        ConditionEvaluator.Holds(soon, Answer("timeframe", "2026-12-24")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("FR", "fr-FR", "fr")]
    [InlineData("BE", "en-GB", "fr")]
    [InlineData("GB", "fr-FR", "en")]
    [InlineData(null, "fr-FR", "fr")]
    [InlineData(null, "de-DE", "fr")] // neither the lead's nor the tenant's language: the scenario's first
    public void The_conversation_speaks_the_leads_language_when_the_scenario_does(string? country, string tenantLocale, string expected) =>
        ConversationFlow.ChooseLocale(DefaultScenario.Definition, country, tenantLocale).ShouldBe(expected);

    [Fact]
    public void The_default_scenario_passes_its_own_validation() =>
        ScenarioValidation.Validate(DefaultScenario.Definition).ShouldBeEmpty();

    [Fact]
    public void A_branch_backwards_and_an_intro_without_stop_are_refused()
    {
        var scenario = DefaultScenario.Definition with
        {
            Intro = new Dictionary<string, string> { ["fr"] = "Bonjour", ["en"] = "Hello" },
            Questions = [DefaultScenario.Definition.Questions[0], DefaultScenario.Definition.Questions[1] with { Branches = [new Branch(new Condition("answered"), "project")] }],
            Rules = [],
        };

        var errors = ScenarioValidation.Validate(scenario);

        errors.Keys.ShouldContain("definition.intro.fr");
        errors.Keys.ShouldContain("definition.questions[1].branches[0].goto");
    }
}
