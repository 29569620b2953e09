using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>
/// The tenant's assignment as the API reads and writes it:
/// <c>{"mode":"rules","rules":[{"sourceId":"…","country":"FR","userId":"…"}]}</c>; rules are tried in order.
/// </summary>
internal sealed record AssignmentSettingsView(string? Mode, IReadOnlyList<AssignmentRuleView>? Rules)
{
    public const int MaxRules = 100;

    public static AssignmentSettingsView Of(AssignmentSettings settings) =>
        new(settings.Mode, [.. AssignmentSettingsStore.ReadRules(settings).Select(r => new AssignmentRuleView(r.SourceId, r.Country, r.UserId))]);

    /// <summary>The mode and rules described, or the errors by field.</summary>
    public (string Mode, IReadOnlyList<AssignmentRule> Rules, Dictionary<string, string[]> Errors) Read(IReadOnlyList<TenantUser> team)
    {
        var errors = new Dictionary<string, string[]>();
        var mode = Mode ?? AssignmentModes.RoundRobin;
        if (!AssignmentModes.All.Contains(mode))
            errors["mode"] = [$"The mode is {string.Join(" or ", AssignmentModes.All)}."];

        var given = Rules ?? [];
        if (given.Count > MaxRules)
            errors["rules"] = [$"At most {MaxRules} rules."];
        else if (mode == AssignmentModes.Rules && given.Count == 0)
            errors["rules"] = ["The rules mode needs at least one rule."];

        var rules = new List<AssignmentRule>();
        for (var index = 0; index < given.Count && index < MaxRules; index++)
        {
            var rule = given[index];
            if (rule is null)
            {
                errors[$"rules[{index}]"] = ["A rule is an object with a userId and a sourceId and/or a country."];
                continue;
            }
            var country = string.IsNullOrWhiteSpace(rule.Country) ? null : rule.Country.Trim().ToUpperInvariant();
            if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
                errors[$"rules[{index}].country"] = ["Give a country as its ISO 3166-1 alpha-2 code, for example FR."];
            if (rule.UserId is not { } userId || !team.Any(u => u.Id == userId))
                errors[$"rules[{index}].userId"] = ["Give the id of one of the tenant's users."];
            else
                rules.Add(new AssignmentRule(rule.SourceId, country, userId));
        }
        return (mode, rules, errors);
    }
}

/// <summary>One rule: leads from <paramref name="SourceId"/> and/or <paramref name="Country"/> go to <paramref name="UserId"/>.</summary>
internal sealed record AssignmentRuleView(Guid? SourceId, string? Country, Guid? UserId);
