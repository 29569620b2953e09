using System.Globalization;

namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>Reads the value a rule's subject names out of a lead's facts, as text so every operator sees one shape.</summary>
internal static class RuleSubject
{
    private const string FieldPrefix = "field:";
    private const string AnswerPrefix = "answer:";
    private const string Replied = "engagement:replied";
    private const string ReplyMinutes = "engagement:replyMinutes";
    private const string AnswersGiven = "engagement:answersGiven";

    public static bool IsKnown(string subject) =>
        NameAfter(subject, FieldPrefix) is { Length: > 0 }
        || NameAfter(subject, AnswerPrefix) is { Length: > 0 }
        || subject.Equals(Replied, StringComparison.OrdinalIgnoreCase)
        || subject.Equals(ReplyMinutes, StringComparison.OrdinalIgnoreCase)
        || subject.Equals(AnswersGiven, StringComparison.OrdinalIgnoreCase);

    /// <summary>The subject's value, or null when the lead has none (a lead that never replied has no reply time).</summary>
    public static string? ValueOf(LeadFacts facts, string subject)
    {
        if (NameAfter(subject, FieldPrefix) is { Length: > 0 } field)
        {
            return Lookup(facts.Fields, field);
        }

        if (NameAfter(subject, AnswerPrefix) is { Length: > 0 } key)
        {
            return Lookup(facts.Answers, key);
        }

        if (subject.Equals(Replied, StringComparison.OrdinalIgnoreCase))
        {
            return facts.Replied ? "true" : "false";
        }

        if (subject.Equals(ReplyMinutes, StringComparison.OrdinalIgnoreCase))
        {
            return facts.FirstReplyAfter?.TotalMinutes.ToString("R", CultureInfo.InvariantCulture);
        }

        return subject.Equals(AnswersGiven, StringComparison.OrdinalIgnoreCase)
            ? facts.AnswersGiven.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static string? NameAfter(string subject, string prefix) =>
        subject.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? subject[prefix.Length..].Trim() : null;

    // Rules are typed by people and facts come from several importers: a key's case must not decide whether a rule matches.
    private static string? Lookup(IReadOnlyDictionary<string, string?> values, string name)
    {
        if (values.TryGetValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in values)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
