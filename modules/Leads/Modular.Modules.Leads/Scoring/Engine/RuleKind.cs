namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>Whether a rule's points describe who the lead is (kept) or how it behaved (fading with decay).</summary>
internal enum RuleKind
{
    Fit,
    Engagement,
}
