namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// A naive Bayes model of one tenant's won/lost history. Only counts are kept, so the model is stored as JSON
/// (<see cref="WinModelJsonContext"/>) and a retraining job rebuilds it from scratch.
/// </summary>
/// <param name="TrainedAt">When it was trained, to tell how stale it is.</param>
/// <param name="WonExamples">Won examples; with <paramref name="LostExamples"/>, the prior.</param>
/// <param name="LostExamples">Lost examples.</param>
/// <param name="Features">Per feature name, what training saw.</param>
internal sealed record WinModel(
    DateTimeOffset TrainedAt,
    int WonExamples,
    int LostExamples,
    IReadOnlyDictionary<string, WinFeatureCounts> Features);
