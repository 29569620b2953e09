namespace Modular.Modules.Leads.Scoring.Rescoring;

/// <summary>Why a lead was rescored, as its score history records it.</summary>
internal static class ScoreTriggers
{
    public const string Received = "received";
    public const string Updated = "updated";
    public const string Merged = "merged";
    public const string Outcome = "outcome";

    /// <summary>The tenant-wide rescoring after a policy change, a retrained model, or the nightly decay.</summary>
    public const string Rescore = "rescore";
}
