using Modular.Modules.Leads.Scoring.Engine;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class WinPredictorTests
{
    private static readonly DateTimeOffset TrainedAt = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);

    // Won: (web, fr), (web, be). Lost: (web, fr), (ads, fr), (ads, fr).
    internal static IEnumerable<OutcomeExample> SmallHistory()
    {
        yield return Example(won: true, ("source", "web"), ("country", "fr"));
        yield return Example(won: true, ("source", "Web "), ("country", "BE"));
        yield return Example(won: false, ("source", "web"), ("country", "fr"));
        yield return Example(won: false, ("source", "ads"), ("country", "fr"));
        yield return Example(won: false, ("source", "ads"), ("country", "fr"));
    }

    [Fact]
    public void Training_counts_classes_and_values_per_class()
    {
        var model = WinPredictor.Train(SmallHistory(), TrainedAt).ShouldNotBeNull();

        model.TrainedAt.ShouldBe(TrainedAt);
        (model.WonExamples, model.LostExamples).ShouldBe((2, 3));
        var source = model.Features["source"];
        (source.Vocabulary, source.Won, source.Lost).ShouldBe((2, 2, 3));
        source.Values["web"].ShouldBe(new WinValueCounts(2, 1));
        source.Values["ads"].ShouldBe(new WinValueCounts(0, 2));
    }

    [Fact]
    public void Prediction_matches_the_hand_computed_naive_bayes()
    {
        var model = WinPredictor.Train(SmallHistory(), TrainedAt)!;

        var prediction = WinPredictor.Predict(model, Features(("source", "web"), ("country", "fr")));

        // Prior odds won:lost = 2/3. Smoothing: (count + 1) / (class total + vocabulary 2 + 1).
        // source=web:  P(web|won) = (2+1)/(2+3) = 3/5, P(web|lost) = (1+1)/(3+3) = 1/3, ratio 9/5.
        // country=fr:  P(fr|won)  = (1+1)/(2+3) = 2/5, P(fr|lost)  = (3+1)/(3+3) = 2/3, ratio 3/5.
        // Odds = 2/3 × 9/5 × 3/5 = 18/25, probability = 18/43 ≈ 0.4186.
        prediction.Probability.ShouldBe(18.0 / 43, 1e-12);
        prediction.TopFactors.Select(factor => (factor.Feature, factor.Value)).ShouldBe([("source", "web"), ("country", "fr")]);
        prediction.TopFactors[0].Weight.ShouldBe(Math.Log(9.0 / 5), 1e-12);
        prediction.TopFactors[1].Weight.ShouldBe(Math.Log(3.0 / 5), 1e-12);
    }

    [Fact]
    public void A_value_never_seen_gets_the_smoothing_slot()
    {
        var model = WinPredictor.Train(SmallHistory(), TrainedAt)!;

        var prediction = WinPredictor.Predict(model, Features(("source", "Partner"), ("colour", "blue")));

        // source=partner: P(partner|won) = (0+1)/(2+3) = 1/5, P(partner|lost) = (0+1)/(3+3) = 1/6, ratio 6/5.
        // "colour" was never trained on: no evidence. Odds = 2/3 × 6/5 = 4/5, probability = 4/9.
        prediction.Probability.ShouldBe(4.0 / 9, 1e-12);
        prediction.TopFactors.Select(factor => (factor.Feature, factor.Value)).ShouldBe([("source", "partner")]);
        prediction.TopFactors[0].Weight.ShouldBe(Math.Log(6.0 / 5), 1e-12);
    }

    [Fact]
    public void A_lopsided_winning_history_is_clamped_to_99_percent()
    {
        var history = Enumerable.Repeat(Example(won: true, ("source", "web")), 200).Append(Example(won: false, ("source", "ads")));
        var model = WinPredictor.Train(history, TrainedAt)!;

        // Odds = 200/1 × (201/203) / (1/4) ≈ 792, probability ≈ 0.9987.
        WinPredictor.Predict(model, Features(("source", "web"))).Probability.ShouldBe(0.99);
    }

    [Fact]
    public void A_lopsided_losing_history_is_clamped_to_1_percent()
    {
        var history = Enumerable.Repeat(Example(won: false, ("source", "web")), 200).Prepend(Example(won: true, ("source", "ads")));
        var model = WinPredictor.Train(history, TrainedAt)!;

        // Odds = 1/200 × (1/4) / (201/203) ≈ 0.0013.
        WinPredictor.Predict(model, Features(("source", "web"))).Probability.ShouldBe(0.01);
    }

    [Fact]
    public void The_top_five_factors_come_strongest_first_whichever_way_they_pull()
    {
        // Ten won and ten lost examples. Every won one has f1..f7 = "a" and neg = "x". Lost example k has fi = "a"
        // when k < i, else "b", and neg = "y". So weight(fi = a) = ln(11/13) − ln((i+1)/13) = ln(11/(i+1)), falling
        // with i, and weight(neg = y) = ln(1/13) − ln(11/13) = −ln 11, the strongest of all.
        static Dictionary<string, string> Row(Func<int, string> f, string neg)
        {
            var row = Enumerable.Range(1, 7).ToDictionary(i => $"f{i}", f);
            row["neg"] = neg;
            return row;
        }

        var history = Enumerable.Range(0, 10).SelectMany(k => new[]
        {
            new OutcomeExample(Row(_ => "a", "x"), Won: true),
            new OutcomeExample(Row(i => k < i ? "a" : "b", "y"), Won: false),
        });
        var model = WinPredictor.Train(history, TrainedAt)!;

        var prediction = WinPredictor.Predict(model, Row(_ => "a", "y"));

        prediction.TopFactors.Select(factor => factor.Feature).ShouldBe(["neg", "f1", "f2", "f3", "f4"]);
        prediction.TopFactors[0].Weight.ShouldBe(-Math.Log(11), 1e-12);
        prediction.TopFactors[1].Weight.ShouldBe(Math.Log(11.0 / 2), 1e-12);
    }

    [Fact]
    public void Training_reads_the_history_once()
    {
        var enumerations = 0;
        IEnumerable<OutcomeExample> Stream()
        {
            enumerations++;
            foreach (var example in SmallHistory())
            {
                yield return example;
            }
        }

        WinPredictor.Train(Stream(), TrainedAt).ShouldNotBeNull();
        enumerations.ShouldBe(1);
    }

    [Fact]
    public void Without_both_outcomes_there_is_no_model()
    {
        WinPredictor.Train(SmallHistory().Where(example => example.Won), TrainedAt).ShouldBeNull();
        WinPredictor.Train(SmallHistory().Where(example => !example.Won), TrainedAt).ShouldBeNull();
        WinPredictor.Train([], TrainedAt).ShouldBeNull();
    }

    internal static IReadOnlyDictionary<string, string> Features(params (string Name, string Value)[] features) =>
        features.ToDictionary(feature => feature.Name, feature => feature.Value);

    private static OutcomeExample Example(bool won, params (string Name, string Value)[] features) => new(Features(features), won);
}
