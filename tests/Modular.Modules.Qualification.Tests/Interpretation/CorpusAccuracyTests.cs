using Modular.Modules.Qualification.Tests.Interpretation.Corpus;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Tests.Interpretation;

/// <summary>
/// The built-in interpreter against the labelled corpus (replies.jsonl): the product goal is 90 % overall, and each
/// type keeps a floor a little under what it measures today, so a rule change that breaks one type fails here.
/// </summary>
public sealed class CorpusAccuracyTests
{
    private static readonly CorpusScore Score = CorpusScore.Of(CorpusCase.Load(CorpusFile.Find(AppContext.BaseDirectory)));

    [Fact]
    public void The_corpus_has_at_least_300_replies_in_both_languages_of_every_type_with_opt_outs_and_unanswerable_ones()
    {
        var cases = CorpusCase.Load(CorpusFile.Find(AppContext.BaseDirectory));

        cases.Count.ShouldBeGreaterThanOrEqualTo(300);
        foreach (var type in new[] { QuestionTypes.YesNo, QuestionTypes.Number, QuestionTypes.Choice, QuestionTypes.Date, QuestionTypes.Text })
            foreach (var locale in new[] { "fr", "en" })
                cases.Count(c => c.Question.Type == type && c.Locale == locale).ShouldBeGreaterThan(3, $"{type} in {locale}");
        cases.Count(c => c.Expected.OptOut).ShouldBeGreaterThanOrEqualTo(20);
        cases.Count(c => !c.Expected.Understood && !c.Expected.OptOut).ShouldBeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void Overall_accuracy_is_at_least_90_percent() =>
        Score.Overall.ShouldBeGreaterThanOrEqualTo(0.90, Report());

    [Theory]
    [InlineData(QuestionTypes.YesNo, 0.95)]
    [InlineData(QuestionTypes.Number, 0.95)]
    [InlineData(QuestionTypes.Choice, 0.85)]
    [InlineData(QuestionTypes.Date, 0.95)]
    [InlineData(QuestionTypes.Text, 0.94)]
    [InlineData(CorpusScore.OptOutRow, 0.97)]
    public void Each_type_stays_above_its_floor(string type, double floor) =>
        Score.Accuracy(type).ShouldBeGreaterThanOrEqualTo(floor, Report());

    private static string Report() => string.Join(Environment.NewLine, Score.Failures());
}
