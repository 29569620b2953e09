using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Scenarios.Definition;

/// <summary>
/// Checks a scenario before it is stored, so a conversation never meets a question it cannot ask or a rule it
/// cannot evaluate. Errors are keyed by the JSON path of the field, as the API's validation problems list them.
/// </summary>
internal static class ScenarioValidation
{
    private static readonly string[] Languages = ["fr", "en"];
    private static readonly string[] Types = [QuestionTypes.YesNo, QuestionTypes.Number, QuestionTypes.Choice, QuestionTypes.Date, QuestionTypes.Text];

    public static Dictionary<string, string[]> Validate(ScenarioDefinition scenario)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
                errors[field] = list = [];
            list.Add(message);
        }

        var locales = scenario.Locales ?? [];
        if (locales.Count == 0 || locales.Any(l => !Languages.Contains(l)))
            Fail("definition.locales", "List one or more of: fr, en.");

        void Texts(string field, IReadOnlyDictionary<string, string>? texts, bool required = true)
        {
            if (texts is null || texts.Count == 0)
            {
                if (required)
                    Fail(field, "Give a text for each locale.");
                return;
            }
            foreach (var locale in locales.Where(l => !texts.ContainsKey(l) || string.IsNullOrWhiteSpace(texts[l])))
                Fail($"{field}.{locale}", "Missing text for this locale.");
            foreach (var (locale, text) in texts)
            {
                if (text?.Length > 1000)
                    Fail($"{field}.{locale}", "At most 1,000 characters.");
                foreach (var unknown in TemplateFields.Unknown(text ?? ""))
                    Fail($"{field}.{locale}", $"Unknown field {{{{{unknown}}}}}; use {string.Join(", ", TemplateFields.Names)}.");
            }
        }

        Texts("definition.intro", scenario.Intro);
        foreach (var (locale, text) in scenario.Intro ?? new Dictionary<string, string>())
        {
            if (!(text ?? "").Contains("STOP", StringComparison.OrdinalIgnoreCase))
                Fail($"definition.intro.{locale}", "The intro must tell the lead how to stop the messages (mention STOP).");
        }

        var questions = scenario.Questions ?? [];
        if (questions.Count is 0 or > 20)
            Fail("definition.questions", "Ask between 1 and 20 questions.");
        var keys = questions.Select(q => q.Key).ToList();
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var field = $"definition.questions[{i}]";
            if (string.IsNullOrWhiteSpace(question.Key) || question.Key.Length > 50 || question.Key == Branch.End)
                Fail($"{field}.key", "Give a key of 1 to 50 characters other than 'end'.");
            else if (keys.Count(k => k == question.Key) > 1)
                Fail($"{field}.key", "Keys must be unique.");
            if (!Types.Contains(question.Type))
                Fail($"{field}.type", $"Use one of: {string.Join(", ", Types)}.");
            if (question.Type == QuestionTypes.Choice && (question.Choices is not { Count: > 0 } || question.Choices.Any(c => string.IsNullOrWhiteSpace(c.Value))))
                Fail($"{field}.choices", "A choice question needs choices, each with a value.");
            Texts($"{field}.text", question.Text);
            Texts($"{field}.reask", question.Reask, required: false);
            var branches = question.Branches ?? [];
            for (var b = 0; b < branches.Count; b++)
            {
                if (branches[b].Goto != Branch.End && keys.IndexOf(branches[b].Goto) <= i)
                    Fail($"{field}.branches[{b}].goto", "Jump to a later question's key, or 'end'.");
                CheckCondition($"{field}.branches[{b}].when", branches[b].When, keys, Fail, questionRequired: false);
            }
        }

        var rules = scenario.Rules ?? [];
        for (var r = 0; r < rules.Count; r++)
        {
            if (!Verdicts.FromRules.Contains(rules[r].Verdict))
                Fail($"definition.rules[{r}].verdict", $"Use one of: {string.Join(", ", Verdicts.FromRules)}.");
            var conditions = rules[r].When ?? [];
            for (var c = 0; c < conditions.Count; c++)
                CheckCondition($"definition.rules[{r}].when[{c}]", conditions[c], keys, Fail, questionRequired: true);
        }
        if (!Verdicts.FromRules.Contains(scenario.FallbackVerdict ?? ""))
            Fail("definition.fallbackVerdict", $"Use one of: {string.Join(", ", Verdicts.FromRules)}.");
        foreach (var (verdict, texts) in scenario.Closings ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
        {
            if (!Verdicts.All.Contains(verdict))
                Fail($"definition.closings.{verdict}", $"Use verdicts among: {string.Join(", ", Verdicts.All)}.");
            else
                Texts($"definition.closings.{verdict}", texts);
        }
        if (scenario.MaxReasks is < 0 or > 5)
            Fail("definition.maxReasks", "Between 0 and 5.");
        if (scenario.Reminders is { } reminders && (reminders.Count is < 0 or > 5 || reminders.SpacingMinutes is < 1 or > 10080))
            Fail("definition.reminders", "Count between 0 and 5, spacingMinutes between 1 and 10080 (a week).");

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void CheckCondition(string field, Condition? condition, List<string> keys, Action<string, string> fail, bool questionRequired)
    {
        if (condition is null)
        {
            fail(field, "Give a condition.");
            return;
        }
        if (!Condition.Operators.Contains(condition.Op ?? ""))
            fail($"{field}.op", $"Use one of: {string.Join(", ", Condition.Operators)}.");
        if (condition.NeedsValue && condition.Value is null)
            fail($"{field}.value", "This operator needs a value.");
        if (condition.Question is null ? questionRequired : !keys.Contains(condition.Question))
            fail($"{field}.question", "Name one of the scenario's question keys.");
    }
}
