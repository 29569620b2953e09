namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>A named score (for example <c>hot</c> at 70); reaching it from below raises an event.</summary>
internal sealed record ScoreThreshold(string Name, int Score);
