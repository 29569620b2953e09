namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// Engagement fades: a lead that replied eagerly a month ago is not as warm as one that replied this morning.
/// Points are multiplied by 0.5^(days since last activity / half-life).
/// </summary>
internal static class EngagementDecay
{
    /// <summary>
    /// The integer to add to the score so its engagement part becomes the rounded decayed value. Rounding the
    /// remaining points (not the lost ones) keeps the score what a person would compute by hand.
    /// </summary>
    public static int Adjustment(double engagementPoints, LeadFacts facts, double? halfLifeDays, DateTimeOffset now)
    {
        if (halfLifeDays is not { } halfLife || engagementPoints == 0)
        {
            return 0;
        }

        // A lead nobody heard from since it arrived has been idle since its arrival; a clock behind the
        // activity (another instance's skew) must not make points grow.
        var idleDays = Math.Max(0, (now - (facts.LastActivityAt ?? facts.CreatedAt)).TotalDays);
        var remaining = engagementPoints * Math.Pow(0.5, idleDays / halfLife);
        return Round(remaining) - Round(engagementPoints);
    }

    private static int Round(double points) => (int)Math.Round(points, MidpointRounding.AwayFromZero);
}
