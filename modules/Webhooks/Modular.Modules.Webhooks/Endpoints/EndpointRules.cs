using Modular.Modules.Webhooks.Catalogue;
using Modular.Sdk.Network;

namespace Modular.Modules.Webhooks.Endpoints;

/// <summary>What an endpoint must be, checked field by field so a client sees every mistake at once.</summary>
internal static class EndpointRules
{
    public const int MaxRateLimit = 1000;

    /// <summary>Absolute http(s), and allowed by the operator's outbound rules: https unless http is allowed, no private address unless allowed.</summary>
    public static void CheckUrl(string? url, OutboundRules rules, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(url))
            errors["url"] = ["The endpoint's URL is required, for example https://partner.example/hooks/modular."];
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || url.Length > 2000 || parsed.Scheme is not ("http" or "https"))
            errors["url"] = ["Not an absolute http(s) URL."];
        else if (rules.Refusal(parsed) is { } refusal)
            errors["url"] = [refusal];
    }

    /// <returns>The types joined for storage, or null (with an error) when one is unknown.</returns>
    public static string? CheckEventTypes(IReadOnlyList<string>? types, Dictionary<string, string[]> errors)
    {
        if (types is null)
            return "";
        var unknown = types.Where(t => !EventCatalogue.Subscribable.Contains(t, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors["eventTypes"] = [$"Unknown event type {string.Join(", ", unknown)}. Types are: {string.Join(", ", EventCatalogue.Subscribable)}."];
            return null;
        }
        return string.Join(',', types.Distinct(StringComparer.Ordinal));
    }

    public static void CheckDescription(string? description, Dictionary<string, string[]> errors)
    {
        if (description is { Length: > 500 })
            errors["description"] = ["A description has at most 500 characters."];
    }

    public static void CheckRateLimit(int? perSecond, Dictionary<string, string[]> errors)
    {
        if (perSecond is < 1 or > MaxRateLimit)
            errors["rateLimitPerSecond"] = [$"From 1 to {MaxRateLimit} attempts per second, or null for no limit."];
    }

    public static IReadOnlyList<string> SplitTypes(string stored) =>
        stored.Length == 0 ? [] : stored.Split(',');
}
