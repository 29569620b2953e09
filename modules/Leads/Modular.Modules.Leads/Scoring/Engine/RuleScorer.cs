namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>Scores a lead against a tenant's rules: matched rules, then group caps, then engagement decay.</summary>
internal static class RuleScorer
{
    /// <exception cref="ArgumentException">The policy has problems (see <see cref="PolicyCheck"/>).</exception>
    public static RuleScore Score(LeadFacts facts, ScoringPolicy policy, DateTimeOffset now)
    {
        PolicyCheck.ThrowIfInvalid(policy);
        var caps = policy.GroupCaps.ToDictionary(entry => entry.Key.Trim(), entry => entry.Value, StringComparer.OrdinalIgnoreCase);
        var matched = policy.Rules.Where(rule => RuleMatcher.Matches(rule, facts)).ToList();
        var reasons = matched.Select(rule => new ScoreReason(rule.Name, rule.Points)).ToList();

        // Engagement points left after caps, which decay then fades; fractional when a cap trims a group mixing kinds.
        var engagement = 0.0;
        foreach (var group in matched.GroupBy(rule => rule.Group?.Trim() ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            var raw = group.Sum(rule => rule.Points);
            var kept = group.Key.Length > 0 && caps.TryGetValue(group.Key, out var cap) ? Math.Clamp(raw, -cap, cap) : raw;
            if (kept != raw)
            {
                reasons.Add(new ScoreReason($"cap:{group.Key}", kept - raw));
            }

            // A cap trims the group as a whole, so each kind keeps its share of what the cap let through.
            var engagementRaw = group.Where(rule => rule.Kind == RuleKind.Engagement).Sum(rule => rule.Points);
            engagement += kept == raw ? engagementRaw : engagementRaw * (double)kept / raw;
        }

        var decay = EngagementDecay.Adjustment(engagement, facts, policy.DecayHalfLifeDays, now);
        if (decay != 0)
        {
            reasons.Add(new ScoreReason("decay", decay));
        }

        return new RuleScore(reasons.Sum(reason => reason.Points), reasons);
    }

    /// <summary>
    /// The thresholds reached from below, lowest first: a score of exactly the threshold has reached it, and a
    /// score that was already there, or falls, raises nothing.
    /// </summary>
    public static IReadOnlyList<string> CrossedUpwards(int previous, int current, IReadOnlyList<ScoreThreshold> thresholds) =>
        thresholds
            .Where(threshold => previous < threshold.Score && threshold.Score <= current)
            .OrderBy(threshold => threshold.Score)
            .Select(threshold => threshold.Name)
            .ToList();
}
