namespace Modular.Modules.Qualification.Contracts;

/// <summary>The verdicts a <see cref="QualificationReport"/> can carry, spelled as it spells them.</summary>
public static class VerdictNames
{
    /// <summary>Every verdict: the four a scenario's rules conclude (Hot, Qualified, ToReview, Disqualified), then the three that come from what happened.</summary>
    public static readonly IReadOnlyList<string> All = ["Hot", "Qualified", "ToReview", "Disqualified", "NoResponse", "OptedOut", "Unreachable"];
}
