using Modular.Modules.Leads.Scoring.Engine;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class ThresholdTests
{
    // Deliberately not in score order: events must still come lowest first.
    private static readonly ScoreThreshold[] Thresholds = [new("hot", 70), new("warm", 40)];

    [Theory]
    [InlineData(30, 55, new[] { "warm" })]
    [InlineData(10, 80, new[] { "warm", "hot" })]
    [InlineData(39, 40, new[] { "warm" })]
    [InlineData(69, 70, new[] { "hot" })]
    [InlineData(40, 45, new string[0])]
    [InlineData(75, 90, new string[0])]
    [InlineData(80, 10, new string[0])]
    [InlineData(50, 50, new string[0])]
    public void Only_reaching_a_threshold_from_below_crosses_it(int previous, int current, string[] expected)
    {
        RuleScorer.CrossedUpwards(previous, current, Thresholds).ShouldBe(expected);
    }
}
