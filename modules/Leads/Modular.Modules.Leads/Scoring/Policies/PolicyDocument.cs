using System.Text.Json;
using Modular.Modules.Leads.Scoring.Engine;

namespace Modular.Modules.Leads.Scoring.Policies;

/// <summary>
/// A scoring policy as the API reads and writes it. Kinds and operators travel as text so that an unknown one is
/// reported at its path with the others, instead of failing the whole body.
/// </summary>
/// <param name="Rules">Evaluated in order; <c>subject</c> is <c>field:&lt;name&gt;</c>, <c>answer:&lt;key&gt;</c> or <c>engagement:replied|replyMinutes|answersGiven</c>.</param>
/// <param name="GroupCaps">Per group, the largest magnitude its points may reach.</param>
/// <param name="DecayHalfLifeDays">Days without activity after which engagement points are halved; null for no decay.</param>
/// <param name="Thresholds">Named scores whose upward crossing is recorded and announced.</param>
internal sealed record PolicyDocument(
    IReadOnlyList<RuleDocument>? Rules, IReadOnlyDictionary<string, int>? GroupCaps, double? DecayHalfLifeDays, IReadOnlyList<ThresholdDocument>? Thresholds)
{
    public static PolicyDocument From(ScoringPolicy policy) => new(
        [.. policy.Rules.Select(r => new RuleDocument(r.Id, r.Name, Text(r.Kind), r.Subject, Text(r.Operator), r.Value, r.Points, r.Group))],
        policy.GroupCaps,
        policy.DecayHalfLifeDays,
        [.. policy.Thresholds.Select(t => new ThresholdDocument(t.Name, t.Score))]);

    /// <summary>The policy this document describes, and what is wrong with it by field path; usable only when there are no problems.</summary>
    public (ScoringPolicy Policy, IReadOnlyList<string> Problems) ToPolicy()
    {
        var problems = new List<string>();
        var rules = (Rules ?? []).Select((rule, i) => rule.ToRule($"rules[{i}]", problems)).ToList();
        var policy = new ScoringPolicy(
            rules,
            GroupCaps ?? new Dictionary<string, int>(),
            DecayHalfLifeDays,
            [.. (Thresholds ?? []).Select(t => new ScoreThreshold(t.Name?.Trim() ?? "", t.Score))]);
        problems.AddRange(PolicyCheck.Problems(policy));
        return (policy, problems);
    }

    private static string Text<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

/// <param name="Id">Keeps the rule's identity across edits; a new rule without one gets one.</param>
internal sealed record RuleDocument(Guid? Id, string? Name, string? Kind, string? Subject, string? Operator, string? Value, int Points, string? Group)
{
    public ScoringRule ToRule(string path, List<string> problems) => new(
        Id ?? Guid.CreateVersion7(),
        Name?.Trim() ?? "",
        Parse(Kind, RuleKind.Fit, $"{path}.kind", "fit or engagement", problems),
        Subject?.Trim() ?? "",
        Parse(Operator, RuleOperator.Exists, $"{path}.operator", string.Join(", ", Enum.GetNames<RuleOperator>().Select(JsonNamingPolicy.CamelCase.ConvertName)), problems),
        Value,
        Points,
        string.IsNullOrWhiteSpace(Group) ? null : Group.Trim());

    // Enum.TryParse also accepts digits ("7"), which would smuggle in whatever the enum's order happens to be.
    private static TEnum Parse<TEnum>(string? text, TEnum placeholder, string path, string expected, List<string> problems) where TEnum : struct, Enum
    {
        if (text is not null && !text.Trim().All(char.IsAsciiDigit) && Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value))
            return value;
        problems.Add($"{path}: expected {expected}.");
        return placeholder;
    }
}

internal sealed record ThresholdDocument(string? Name, int Score);
