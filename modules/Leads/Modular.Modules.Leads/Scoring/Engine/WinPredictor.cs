namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// Probability of winning from the tenant's own won/lost history: naive Bayes over categorical features, with
/// Laplace smoothing so one unlucky value never rules a lead out, computed in log space so many features cannot
/// underflow.
/// </summary>
internal static class WinPredictor
{
    private const double Alpha = 1;

    // Naive Bayes is overconfident when features are correlated; no history justifies certainty either way.
    private const double Floor = 0.01;
    private const double Ceiling = 0.99;
    private const int TopFactorCount = 5;

    /// <summary>Counts the examples in one pass; null when the history lacks a won or a lost example, since nothing separates them.</summary>
    public static WinModel? Train(IEnumerable<OutcomeExample> examples, DateTimeOffset trainedAt)
    {
        int won = 0, lost = 0;
        var counts = new Dictionary<string, Dictionary<string, (int Won, int Lost)>>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            if (example.Won)
            {
                won++;
            }
            else
            {
                lost++;
            }

            foreach (var (feature, raw) in example.Features)
            {
                var value = FeatureValue.Normalise(raw);
                if (value.Length == 0)
                {
                    continue;
                }

                if (!counts.TryGetValue(feature, out var values))
                {
                    counts[feature] = values = new Dictionary<string, (int Won, int Lost)>(StringComparer.Ordinal);
                }

                var seen = values.GetValueOrDefault(value);
                values[value] = example.Won ? (seen.Won + 1, seen.Lost) : (seen.Won, seen.Lost + 1);
            }
        }

        if (won == 0 || lost == 0)
        {
            return null;
        }

        var features = counts.ToDictionary(
            feature => feature.Key,
            feature => new WinFeatureCounts(
                feature.Value.Count,
                feature.Value.Values.Sum(seen => seen.Won),
                feature.Value.Values.Sum(seen => seen.Lost),
                feature.Value.ToDictionary(value => value.Key, value => new WinValueCounts(value.Value.Won, value.Value.Lost), StringComparer.Ordinal)),
            StringComparer.Ordinal);
        return new WinModel(trainedAt, won, lost, features);
    }

    public static WinPrediction Predict(WinModel model, IReadOnlyDictionary<string, string> features)
    {
        var logOdds = Math.Log(model.WonExamples) - Math.Log(model.LostExamples);
        var factors = new List<WinFactor>();
        foreach (var (feature, raw) in features)
        {
            var value = FeatureValue.Normalise(raw);

            // A feature training never saw carries no evidence either way.
            if (value.Length == 0 || !model.Features.TryGetValue(feature, out var counts))
            {
                continue;
            }

            var seen = counts.Values.GetValueOrDefault(value) ?? new WinValueCounts(0, 0);
            var weight = LogLikelihood(seen.Won, counts.Won, counts.Vocabulary) - LogLikelihood(seen.Lost, counts.Lost, counts.Vocabulary);
            logOdds += weight;
            if (weight != 0)
            {
                factors.Add(new WinFactor(feature, value, weight));
            }
        }

        var probability = Math.Clamp(1 / (1 + Math.Exp(-logOdds)), Floor, Ceiling);
        var top = factors
            .OrderByDescending(factor => Math.Abs(factor.Weight))
            .ThenBy(factor => factor.Feature, StringComparer.Ordinal)
            .Take(TopFactorCount)
            .ToList();
        return new WinPrediction(probability, top);
    }

    public static IReadOnlyDictionary<string, string> Features(LeadFacts facts, string? channel) => LeadFeatures.Of(facts, channel);

    // ln P(value | class), smoothed over the values seen plus one slot for a value never seen.
    private static double LogLikelihood(int valueCount, int classCount, int vocabulary) =>
        Math.Log((valueCount + Alpha) / (classCount + Alpha * (vocabulary + 1)));
}
