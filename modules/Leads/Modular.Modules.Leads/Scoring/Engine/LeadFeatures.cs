namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>The categorical features predictive scoring learns from, the same for training and prediction.</summary>
internal static class LeadFeatures
{
    // Always present, "unknown" when the lead lacks it: the absence of a source says something about a lead too.
    private const string Unknown = "unknown";

    public static IReadOnlyDictionary<string, string> Of(LeadFacts facts, string? channel)
    {
        var features = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source"] = OrUnknown(Field(facts, "source")),
            ["country"] = OrUnknown(Field(facts, "country")),
            ["phoneType"] = OrUnknown(Field(facts, "phoneType")),
            ["channel"] = OrUnknown(channel),
            ["firstReply"] = ReplyBucket(facts.FirstReplyAfter),
        };

        // Only answered questions: an unasked question is no evidence, and a model spread over every key would dilute.
        foreach (var (key, answer) in facts.Answers)
        {
            var value = FeatureValue.Normalise(answer);
            var name = FeatureValue.Normalise(key);
            if (value.Length > 0 && name.Length > 0)
            {
                features[$"answer:{name}"] = value;
            }
        }

        return features;
    }

    // Buckets rather than minutes: a categorical model learns nothing from 17 vs 18 minutes, much from "within the hour".
    private static string ReplyBucket(TimeSpan? firstReplyAfter) => firstReplyAfter switch
    {
        null => "none",
        { TotalMinutes: < 5 } => "<5m",
        { TotalHours: < 1 } => "<1h",
        { TotalDays: < 1 } => "<1d",
        _ => ">=1d",
    };

    private static string? Field(LeadFacts facts, string name) => RuleSubject.ValueOf(facts, "field:" + name);

    private static string OrUnknown(string? value) => FeatureValue.Normalise(value) is { Length: > 0 } normal ? normal : Unknown;
}
