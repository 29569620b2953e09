namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>How many won and lost examples had one value of one feature.</summary>
internal sealed record WinValueCounts(int Won, int Lost);
