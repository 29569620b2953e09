using System.Globalization;
using System.Text.Json;
using Modular.Modules.Qualification.Interpretation.BuiltIn;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Tests.Interpretation.Corpus;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// Runs the built-in interpreter over the corpus and counts a reply as right only when everything a conversation
/// acts on is right: opt-out, understood, and then the value (and a number's min and max).
/// </summary>
internal sealed class CorpusScore
{
    public const string OptOutRow = "opt-out";

    private readonly List<(CorpusCase Case, AnswerInterpretation Got, bool Right)> results = [];

    public static CorpusScore Of(IEnumerable<CorpusCase> cases)
    {
        var score = new CorpusScore();
        foreach (var corpusCase in cases)
        {
            var got = BuiltInInterpreter.Interpret(corpusCase.Question, corpusCase.Reply);
            score.results.Add((corpusCase, got, IsRight(corpusCase, got)));
        }
        return score;
    }

    public int Count => results.Count;

    /// <summary>Per question type (opt-outs counted in their own row as well as their question's type), and overall.</summary>
    public IReadOnlyList<(string Type, int Right, int Total)> Rows()
    {
        var rows = results.GroupBy(r => r.Case.Question.Type).OrderBy(g => Order(g.Key))
            .Select(g => (g.Key, g.Count(r => r.Right), g.Count())).ToList();
        var optOuts = results.Where(r => r.Case.Expected.OptOut).ToList();
        rows.Add((OptOutRow, optOuts.Count(r => r.Right), optOuts.Count));
        return rows;
    }

    public double Overall => (double)results.Count(r => r.Right) / results.Count;

    public double Accuracy(string type) => Rows().Single(r => r.Type == type) is var row ? (double)row.Right / row.Total : 0;

    public IEnumerable<string> Failures() =>
        results.Where(r => !r.Right).Select(r =>
            $"line {r.Case.Line} [{r.Case.Locale} {r.Case.Question.Type}] \"{r.Case.Reply}\": expected {Describe(r.Case.Expected)}, got understood={r.Got.Understood} value={r.Got.Value ?? "null"} min={r.Got.Min?.ToString(CultureInfo.InvariantCulture) ?? "null"} max={r.Got.Max?.ToString(CultureInfo.InvariantCulture) ?? "null"} optOut={r.Got.OptOut}");

    private static bool IsRight(CorpusCase corpusCase, AnswerInterpretation got)
    {
        var expected = corpusCase.Expected;
        if (got.OptOut != expected.OptOut || got.Understood != expected.Understood)
            return false;
        if (!expected.Understood || expected.Value is not { } value)
            return true;
        if (corpusCase.Question.Type != QuestionTypes.Number)
            return got.Value == (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText());
        return SameNumber(value, got.Value) && (expected.Min is not { } min || SameNumber(min, got.Min)) && (expected.Max is not { } max || SameNumber(max, got.Max));
    }

    private static bool SameNumber(JsonElement expected, decimal? got) =>
        expected.ValueKind == JsonValueKind.Null ? got is null : got == expected.GetDecimal();

    private static bool SameNumber(JsonElement expected, string? got) =>
        got is not null && decimal.TryParse(got, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && SameNumber(expected, number);

    private static string Describe(CorpusExpectation e) =>
        e.OptOut ? "opt-out" : !e.Understood ? "not understood" : $"{e.Value?.GetRawText()} min={e.Min?.GetRawText() ?? "-"} max={e.Max?.GetRawText() ?? "-"}";

    private static int Order(string type) => Array.IndexOf([QuestionTypes.YesNo, QuestionTypes.Number, QuestionTypes.Choice, QuestionTypes.Date, QuestionTypes.Text], type);
}
