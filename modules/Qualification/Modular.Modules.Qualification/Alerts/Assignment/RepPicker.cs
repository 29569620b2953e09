using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>
/// Chooses the rep for a lead: in rules mode the first matching rule whose user can still sign in; otherwise the
/// next in turn after the last rep who got one, among active members (sales reps), or among every active user
/// when the tenant has no member yet, so a lone owner still gets their leads.
/// </summary>
internal static class RepPicker
{
    public const string MemberRole = "Member";

    public static RepChoice? Pick(
        string mode, IReadOnlyList<AssignmentRule> rules, Guid? lastAssigned, IReadOnlyList<TenantUser> users, Guid? sourceId, string? country)
    {
        var active = users.Where(u => u.Active).ToList();
        if (mode == AssignmentModes.Rules)
        {
            for (var index = 0; index < rules.Count; index++)
            {
                var rule = rules[index];
                if (rule.Matches(sourceId, country) && active.Any(u => u.Id == rule.UserId))
                    return new RepChoice(rule.UserId, RepChoice.ByRule, index);
            }
        }

        var members = active.Where(u => u.Role == MemberRole).ToList();
        var inTurn = members.Count > 0 ? members : active;
        if (inTurn.Count == 0)
            return null;
        // A last rep who left the rotation restarts it from the first: -1 + 1.
        var last = lastAssigned is null ? -1 : inTurn.FindIndex(u => u.Id == lastAssigned);
        return new RepChoice(inTurn[(last + 1) % inTurn.Count].Id, RepChoice.ByTurn, null);
    }
}
