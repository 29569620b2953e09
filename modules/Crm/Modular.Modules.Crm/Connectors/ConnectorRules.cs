using Modular.Modules.Crm.Syncs;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Network;

namespace Modular.Modules.Crm.Connectors;

/// <summary>What a connector configuration must be, checked field by field so a client sees every mistake at once.</summary>
internal static class ConnectorRules
{
    private const int MaxNameLength = 100;

    public static void CheckName(string? name, Dictionary<string, string[]> errors)
    {
        if (name is not null && (name.Trim().Length == 0 || name.Length > MaxNameLength))
            errors["name"] = [$"A name has 1 to {MaxNameLength} characters."];
    }

    /// <summary>The CRM's API root: absolute, http(s), and allowed by the operator's outbound rules (no private address unless allowed).</summary>
    public static void CheckBaseUrl(string? baseUrl, OutboundRules rules, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
            errors["baseUrl"] = ["The CRM's API root is required, for example https://api.hubapi.com."];
        else if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || baseUrl.Length > 2000)
            errors["baseUrl"] = ["Not an absolute URL."];
        else if (rules.Refusal(url) is { } refusal)
            errors["baseUrl"] = [refusal];
    }

    public static void CheckCredentials(IReadOnlyDictionary<string, string?>? credentials, bool required, Dictionary<string, string[]> errors)
    {
        if (credentials is null || credentials.Count == 0)
        {
            if (required)
                errors["credentials"] = ["The CRM's credentials are required, for example {\"accessToken\": \"…\"}."];
            return;
        }
        if (credentials.Any(c => string.IsNullOrWhiteSpace(c.Key) || c.Key.Length > 100 || string.IsNullOrWhiteSpace(c.Value) || c.Value.Length > 4000))
            errors["credentials"] = ["Each credential has a name and a value that is not empty."];
    }

    public static void CheckSettings(IReadOnlyDictionary<string, string?>? settings, Dictionary<string, string[]> errors)
    {
        // Values are long enough for a request template (the generic HTTP connector's), not for documents.
        if (settings is not null && settings.Any(s => string.IsNullOrWhiteSpace(s.Key) || s.Key.Length > 100 || s.Value is null || s.Value.Length > 8000))
            errors["settings"] = ["Each setting has a name and a value of at most 8000 characters."];
    }

    /// <summary>The verdicts in their canonical spelling, or null (with an error) when one is unknown.</summary>
    public static string[]? CheckSyncOn(IReadOnlyList<string>? syncOn, Dictionary<string, string[]> errors)
    {
        if (syncOn is null)
            return Verdicts.Default;
        var canonical = syncOn.Select(Verdicts.Canonical).ToList();
        if (canonical.Any(v => v is null))
        {
            errors["syncOn"] = [$"Unknown verdict. Verdicts are: {string.Join(", ", Qualification.Contracts.VerdictNames.All)}."];
            return null;
        }
        return [.. canonical.Distinct()!];
    }

    /// <summary>Reading from the CRM needs a plugin that can: <c>ICrmLeadFeed</c> for leads, <c>ICrmOutcomeReader</c> for outcomes.</summary>
    public static void CheckReading(ICrmConnector? plugin, bool readLeads, bool readOutcomes, Dictionary<string, string[]> errors)
    {
        if (plugin is null)
            return;
        if (readLeads && plugin is not ICrmLeadFeed)
            errors["readLeads"] = [$"The '{plugin.Key}' connector cannot read leads from its CRM."];
        if (readOutcomes && plugin is not ICrmOutcomeReader)
            errors["readOutcomes"] = [$"The '{plugin.Key}' connector cannot read outcomes from its CRM."];
    }

    public static void CheckFieldMapping(IReadOnlyDictionary<string, string?>? mapping, Dictionary<string, string[]> errors)
    {
        if (mapping is null)
            return;
        var unknown = mapping.Keys.Where(source => !LeadFields.IsMappable(source)).ToList();
        if (unknown.Count > 0)
            errors["fieldMapping"] = [$"Unknown source: {string.Join(", ", unknown)}. Sources are {LeadFields.Described}."];
        else if (mapping.Values.Any(field => string.IsNullOrWhiteSpace(field) || field.Length > 100))
            errors["fieldMapping"] = ["Each source maps to a CRM field name of 1 to 100 characters."];
    }
}
