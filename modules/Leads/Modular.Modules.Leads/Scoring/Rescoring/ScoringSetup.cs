using Modular.Modules.Leads.Scoring.Engine;

namespace Modular.Modules.Leads.Scoring.Rescoring;

/// <summary>What a tenant's leads are scored with, read once for a whole rescoring run.</summary>
/// <param name="Model">Null without a trained model: leads then have no win probability.</param>
internal sealed record ScoringSetup(ScoringPolicy Policy, WinModel? Model);
