namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>One finished lead of the tenant's history: its categorical features and whether it was won.</summary>
internal sealed record OutcomeExample(IReadOnlyDictionary<string, string> Features, bool Won);
