namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>A tenant's whole scoring configuration; <see cref="PolicyCheck"/> says whether it is usable.</summary>
/// <param name="Rules">Evaluated in order; the order is the order of the score's reasons.</param>
/// <param name="GroupCaps">
/// Per group (case-insensitive), the largest magnitude its points may reach: a group's total is clamped to
/// [-cap, cap], so a group of penalties is bounded the same way as a group of bonuses.
/// </param>
/// <param name="DecayHalfLifeDays">Days after the last activity at which engagement points are halved; null for no decay.</param>
/// <param name="Thresholds">Scores whose upward crossing raises an event.</param>
internal sealed record ScoringPolicy(
    IReadOnlyList<ScoringRule> Rules,
    IReadOnlyDictionary<string, int> GroupCaps,
    double? DecayHalfLifeDays,
    IReadOnlyList<ScoreThreshold> Thresholds);
