namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>The probability of winning, in [0.01, 0.99], and the factors that weighed most, strongest first.</summary>
internal sealed record WinPrediction(double Probability, IReadOnlyList<WinFactor> TopFactors);
