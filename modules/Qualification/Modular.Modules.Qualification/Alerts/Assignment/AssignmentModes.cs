namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>How a tenant's leads are given to reps.</summary>
internal static class AssignmentModes
{
    /// <summary>Each rep in turn.</summary>
    public const string RoundRobin = "round_robin";

    /// <summary>The first rule matching the lead's source or country names the rep; round robin for a lead none matches.</summary>
    public const string Rules = "rules";

    public static readonly IReadOnlyList<string> All = [RoundRobin, Rules];
}
