using System.Text.Json;
using Modular.Modules.Leads.Scoring.Engine;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class WinModelJsonTests
{
    [Fact]
    public void A_stored_model_predicts_exactly_as_the_trained_one()
    {
        var trained = WinPredictor.Train(WinPredictorTests.SmallHistory(), new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero))!;
        var lead = WinPredictorTests.Features(("source", "web"), ("country", "be"));

        var json = JsonSerializer.Serialize(trained, WinModelJsonContext.Default.WinModel);
        var stored = JsonSerializer.Deserialize(json, WinModelJsonContext.Default.WinModel)!;

        stored.TrainedAt.ShouldBe(trained.TrainedAt);
        (stored.WonExamples, stored.LostExamples).ShouldBe((2, 3));
        var before = WinPredictor.Predict(trained, lead);
        var after = WinPredictor.Predict(stored, lead);
        after.Probability.ShouldBe(before.Probability);
        after.TopFactors.ShouldBe(before.TopFactors);
        after.TopFactors.Count.ShouldBe(2);
    }

    [Fact]
    public void The_stored_form_is_readable_json()
    {
        var trained = WinPredictor.Train(WinPredictorTests.SmallHistory(), new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero))!;

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(trained, WinModelJsonContext.Default.WinModel));

        json.RootElement.GetProperty("trainedAt").GetString().ShouldBe("2025-03-01T02:00:00+00:00");
        var source = json.RootElement.GetProperty("features").GetProperty("source");
        source.GetProperty("vocabulary").GetInt32().ShouldBe(2);
        source.GetProperty("values").GetProperty("ads").GetProperty("lost").GetInt32().ShouldBe(2);
    }
}
