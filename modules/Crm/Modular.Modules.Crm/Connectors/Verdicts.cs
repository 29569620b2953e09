using Modular.Modules.Qualification.Contracts;

namespace Modular.Modules.Crm.Connectors;

/// <summary>Which verdicts a connector pushes, and how it stores that choice.</summary>
internal static class Verdicts
{
    /// <summary>What a connector pushes when the client does not say: the leads a sales team wants to see.</summary>
    public static readonly string[] Default = ["Hot", "Qualified"];

    public static string Join(IEnumerable<string> verdicts) => string.Join(',', verdicts);

    public static IReadOnlyList<string> Split(string stored) => stored.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The verdict as reports spell it, matched without regard to case; null when it is none.</summary>
    public static string? Canonical(string? verdict) =>
        VerdictNames.All.FirstOrDefault(v => string.Equals(v, verdict?.Trim(), StringComparison.OrdinalIgnoreCase));
}
