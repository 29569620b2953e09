namespace Modular.Modules.Qualification.Shared;

/// <summary>The verdicts a conversation ends with. The first four come from a scenario's rules; the others from what happened.</summary>
internal static class Verdicts
{
    public const string Hot = "Hot";
    public const string Qualified = "Qualified";
    public const string ToReview = "ToReview";
    public const string Disqualified = "Disqualified";
    public const string NoResponse = "NoResponse";
    public const string OptedOut = "OptedOut";
    public const string Unreachable = "Unreachable";

    /// <summary>What a scenario's rules (and its fallback) may conclude.</summary>
    public static readonly IReadOnlySet<string> FromRules = new HashSet<string>(StringComparer.Ordinal) { Hot, Qualified, ToReview, Disqualified };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Hot, Qualified, ToReview, Disqualified, NoResponse, OptedOut, Unreachable };

    /// <summary>The verdict's canonical spelling whatever its case (JSON clients often camel-case dictionary keys), or the text as given when it is none.</summary>
    public static string Canonical(string verdict) =>
        All.FirstOrDefault(known => known.Equals(verdict, StringComparison.OrdinalIgnoreCase)) ?? verdict;
}
