using System.Globalization;
using System.Text.Json;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Tests.Interpretation.Corpus;

/// <summary>
/// One labelled reply of replies.jsonl: the question it answers, the reply as a lead typed it, and what a careful human
/// reader understands from it. Without a "now", relative dates count from <see cref="DefaultNow"/>.
/// </summary>
internal sealed record CorpusCase(int Line, string Locale, QuestionSpec Question, string Reply, CorpusExpectation Expected)
{
    /// <summary>A Wednesday afternoon in Paris.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 18, 14, 30, 0, TimeSpan.FromHours(1));

    public static IReadOnlyList<CorpusCase> Load(string path) =>
        [.. File.ReadLines(path).Select((line, index) => (line, index)).Where(l => l.line.Trim().Length > 0).Select(l => Parse(l.line, l.index + 1))];

    private static CorpusCase Parse(string line, int number)
    {
        var json = JsonDocument.Parse(line).RootElement;
        var locale = json.GetProperty("locale").GetString()!;
        var question = json.GetProperty("question");
        var now = json.TryGetProperty("now", out var given) ? DateTimeOffset.Parse(given.GetString()!, CultureInfo.InvariantCulture) : DefaultNow;
        var choices = question.TryGetProperty("choices", out var list) ? list.EnumerateArray().Select(Choice).ToList() : null;
        var unit = question.TryGetProperty("unit", out var u) ? u.GetString() : null;
        var spec = new QuestionSpec(question.GetProperty("type").GetString()!, "", locale, now, choices, unit);
        var expected = json.GetProperty("expected");
        return new CorpusCase(number, locale, spec, json.GetProperty("reply").GetString()!, new CorpusExpectation(
            expected.GetProperty("understood").GetBoolean(),
            expected.TryGetProperty("value", out var value) ? value : null,
            expected.TryGetProperty("min", out var min) ? min : null,
            expected.TryGetProperty("max", out var max) ? max : null,
            expected.TryGetProperty("optOut", out var optOut) && optOut.GetBoolean()));
    }

    private static ChoiceSpec Choice(JsonElement choice) =>
        choice.ValueKind == JsonValueKind.String
            ? new ChoiceSpec(choice.GetString()!, [])
            : new ChoiceSpec(choice.GetProperty("value").GetString()!, [.. choice.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()!)]);
}

/// <summary>What the reply means. Min and max are checked for numbers when given; a JSON null there is an open end.</summary>
internal sealed record CorpusExpectation(bool Understood, JsonElement? Value, JsonElement? Min, JsonElement? Max, bool OptOut);
