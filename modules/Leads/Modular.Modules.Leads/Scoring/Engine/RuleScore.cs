namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>A lead's rule score and why: <paramref name="Reasons"/> sum exactly to <paramref name="Score"/>.</summary>
internal sealed record RuleScore(int Score, IReadOnlyList<ScoreReason> Reasons);
