namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>What training saw of one feature.</summary>
/// <param name="Vocabulary">Distinct values seen; smoothing reserves one more for a value never seen.</param>
/// <param name="Won">Won examples that had this feature (answers are only there when the question was answered).</param>
/// <param name="Lost">Lost examples that had this feature.</param>
/// <param name="Values">Counts per normalised value.</param>
internal sealed record WinFeatureCounts(int Vocabulary, int Won, int Lost, IReadOnlyDictionary<string, WinValueCounts> Values);
