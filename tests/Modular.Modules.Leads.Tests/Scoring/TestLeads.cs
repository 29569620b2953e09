using Modular.Modules.Leads.Scoring.Engine;

namespace Modular.Modules.Leads.Tests.Scoring;

/// <summary>Leads for scoring tests, described only by what a test cares about.</summary>
internal static class TestLeads
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static LeadFacts With(
        IReadOnlyDictionary<string, string?>? fields = null,
        IReadOnlyDictionary<string, string?>? answers = null,
        bool replied = false,
        TimeSpan? firstReplyAfter = null,
        int answersGiven = 0,
        double idleDays = 0) =>
        new(
            fields ?? new Dictionary<string, string?>(),
            answers ?? new Dictionary<string, string?>(),
            replied,
            firstReplyAfter,
            answersGiven,
            CreatedAt: Now.AddDays(-idleDays - 3),
            LastActivityAt: Now.AddDays(-idleDays));

    public static ScoringRule Rule(
        string name, string subject, RuleOperator op, string? value, int points, string? group = null, RuleKind kind = RuleKind.Fit) =>
        new(Guid.NewGuid(), name, kind, subject, op, value, points, group);

    public static ScoringPolicy Policy(
        IReadOnlyList<ScoringRule> rules, IReadOnlyDictionary<string, int>? caps = null, double? halfLifeDays = null) =>
        new(rules, caps ?? new Dictionary<string, int>(), halfLifeDays, []);
}
