using System.Globalization;
using System.Text;
using Modular.Modules.Leads.Scoring.Engine;
using Modular.Modules.Leads.Scoring.Model;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>
/// The meaningful information about the scoring logic a person may ask for (GDPR art. 15(1)(h)): how the score is
/// made, with the tenant's rules as they stand, and what the win probability rests on. Written from the engine's own
/// types so it cannot drift from what the engine does.
/// </summary>
internal static class ScoringLogic
{
    public static string Describe(ScoringPolicy policy, StoredWinModel? model)
    {
        var text = new StringBuilder()
            .AppendLine("The score is a sum of points from the tenant's scoring rules. Each rule looks at one thing about the lead "
                + "(a field such as the email's validity or the phone's line type, a tag, an answer to a qualification question, "
                + "or whether and how fast the person replied) and adds or removes points when it holds. Rules of a group share a cap; "
                + "points for engagement fade by half for each half-life without news. The 'reasons' list every rule that counted and sum exactly to the score. "
                + "Replies and answers are not yet passed from the conversation to scoring, so rules on engagement or answers count for no one today. "
                + "The score orders leads for the tenant's sales team; reaching a threshold is recorded in the lead's timeline and announced to the tenant's connected systems.")
            .AppendLine("The tenant's rules now:");
        foreach (var rule in policy.Rules)
            text.AppendLine(CultureInfo.InvariantCulture, $"- {rule.Name}: {rule.Points:+0;-0} when {rule.Subject} {rule.Operator}{(rule.Value is null ? "" : " " + rule.Value)}{(rule.Group is null ? "" : $" (group {rule.Group})")}");
        foreach (var (group, cap) in policy.GroupCaps)
            text.AppendLine(CultureInfo.InvariantCulture, $"- group {group} counts for at most {cap} points");
        foreach (var threshold in policy.Thresholds)
            text.AppendLine(CultureInfo.InvariantCulture, $"- threshold {threshold.Name} at {threshold.Score} points");
        if (policy.DecayHalfLifeDays is { } halfLife)
            text.AppendLine(CultureInfo.InvariantCulture, $"- engagement points halve every {halfLife} days without activity");

        if (model is null)
            return text.Append("No win probability is computed: the tenant's history does not yet hold both a won and a lost lead.").ToString();

        return text.Append(CultureInfo.InvariantCulture,
            $"The win probability comes from a naive Bayes model trained on the tenant's own finished leads ({model.WonExamples} won, {model.LostExamples} lost, trained {model.TrainedAt:yyyy-MM-dd}): "
            + $"it compares how often the lead's source, country, phone line type, conversation channel, reply delay and answers occurred among won and among lost leads. "
            + $"The 'topFactors' are the features that moved it most (a positive weight favours winning). The model keeps only counts, never a lead's details.").ToString();
    }
}
