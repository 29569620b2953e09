using Modular.Modules.Qualification.Scenarios.Definition;

namespace Modular.Modules.Qualification.Conversations.Flow;

/// <summary>
/// The rules of a scenario's conversation, free of storage and time: which question comes next, what the verdict
/// is, and the words of each message. The engine around it decides when and through which channel.
/// </summary>
internal sealed class ConversationFlow(ScenarioDefinition scenario, string locale, IReadOnlyDictionary<string, string?> fields)
{
    public string Locale => locale;

    /// <summary>The intro followed by the first question, in one message: one SMS segment fewer, and the lead sees at once what to answer.</summary>
    public string Opening() => $"{Say(scenario.Intro)}\n\n{Ask(scenario.Questions[0])}";

    public ScenarioQuestion FirstQuestion => scenario.Questions[0];

    public ReminderPolicy Reminders => scenario.ReminderPolicy;

    public int MaxReasks => scenario.MaxReasks;

    public string? Interpreter => scenario.Interpreter;

    public ScenarioQuestion? Question(string? key) => key is null ? null : scenario.Question(key);

    public string Ask(ScenarioQuestion question) => Say(question.Text);

    public string Reask(ScenarioQuestion question) =>
        question.Reask is { Count: > 0 } reask
            ? Say(reask)
            : $"{(locale == "fr" ? "Désolé, je n'ai pas bien compris." : "Sorry, I did not quite get that.")} {Ask(question)}";

    public string Remind(ScenarioQuestion question) =>
        $"{(locale == "fr" ? "Petit rappel :" : "Just a reminder:")} {Ask(question)}";

    /// <summary>The question after <paramref name="current"/> given its answer: the first branch that holds, else the next in order; null at the end.</summary>
    public ScenarioQuestion? Next(ScenarioQuestion current, GivenAnswer answer)
    {
        foreach (var branch in current.Branches ?? [])
        {
            if (ConditionEvaluator.Holds(branch.When, answer))
                return branch.Goto == Branch.End ? null : scenario.Question(branch.Goto);
        }

        var index = scenario.Questions.ToList().FindIndex(q => q.Key == current.Key);
        return index + 1 < scenario.Questions.Count ? scenario.Questions[index + 1] : null;
    }

    /// <summary>The first rule all of whose conditions hold, else the scenario's fallback.</summary>
    public string Verdict(IReadOnlyCollection<GivenAnswer> answers)
    {
        var byKey = answers.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last());
        foreach (var rule in scenario.Rules)
        {
            if (rule.When.All(condition => ConditionEvaluator.Holds(condition, condition.Question is { } key ? byKey.GetValueOrDefault(key) : null)))
                return rule.Verdict;
        }
        return scenario.FallbackVerdict;
    }

    public string? Closing(string verdict) =>
        scenario.Closings.TryGetValue(verdict, out var texts) && texts.Count > 0 ? Say(texts) : null;

    private string Say(IReadOnlyDictionary<string, string> texts) =>
        TemplateFields.Render(texts.TryGetValue(locale, out var text) ? text : texts.Values.First(), fields);

    /// <summary>The lead's language when the scenario speaks it: French for francophone countries, else the tenant's, else the scenario's first.</summary>
    public static string ChooseLocale(ScenarioDefinition scenario, string? leadCountry, string tenantLocale)
    {
        string[] francophone = ["FR", "BE", "CH", "LU", "MC", "RE", "GP", "MQ", "GF", "YT", "NC", "PF"];
        var tenantLanguage = tenantLocale.Length >= 2 ? tenantLocale[..2].ToLowerInvariant() : "en";
        var wanted = leadCountry is null ? tenantLanguage : francophone.Contains(leadCountry.ToUpperInvariant()) ? "fr" : "en";
        return scenario.Locales.Contains(wanted) ? wanted
            : scenario.Locales.Contains(tenantLanguage) ? tenantLanguage
            : scenario.Locales[0];
    }
}
