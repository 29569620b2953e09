namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>One feature's pull on a prediction.</summary>
/// <param name="Weight">ln P(value | won) − ln P(value | lost): positive favours winning.</param>
internal sealed record WinFactor(string Feature, string Value, double Weight);
