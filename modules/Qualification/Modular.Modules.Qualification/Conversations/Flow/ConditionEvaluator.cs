using System.Globalization;
using System.Text.Json;
using Modular.Modules.Qualification.Scenarios.Definition;

namespace Modular.Modules.Qualification.Conversations.Flow;

/// <summary>
/// Decides whether a branch or rule condition holds for an answer. A question not answered (or not understood)
/// satisfies only <c>unanswered</c>: a rule about a budget never holds for a lead who gave none.
/// </summary>
internal static class ConditionEvaluator
{
    public static bool Holds(Condition condition, GivenAnswer? answer)
    {
        if (condition.Op == "unanswered")
            return answer is not { Understood: true };
        if (answer is not { Understood: true, Value: not null } given)
            return false;
        if (condition.Op == "answered")
            return true;
        if (condition.Value is not { } expected)
            return false;

        return condition.Op switch
        {
            "eq" => AreEqual(given, expected),
            "ne" => !AreEqual(given, expected),
            "gt" => Low(given) is { } low && Number(expected) is { } gt && low > gt,
            "gte" => Low(given) is { } low2 && Number(expected) is { } gte && low2 >= gte,
            "lt" => High(given) is { } high && Number(expected) is { } lt && high < lt,
            "lte" => High(given) is { } high2 && Number(expected) is { } lte && high2 <= lte,
            "in" => expected.ValueKind == JsonValueKind.Array && expected.EnumerateArray().Any(item => AreEqual(given, item)),
            "within_days" => DaysAhead(given) is { } ahead && Number(expected) is { } limit && ahead <= limit,
            "beyond_days" => DaysAhead(given) is { } later && Number(expected) is { } bound && later > bound,
            _ => false,
        };
    }

    private static bool AreEqual(GivenAnswer given, JsonElement expected) => expected.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => bool.TryParse(given.Value, out var yes) && yes == (expected.ValueKind == JsonValueKind.True),
        // A range equals a number it contains: "between 2 and 4 rooms" answers "3 rooms?" with yes.
        JsonValueKind.Number => Low(given) is { } low && High(given) is { } high && expected.GetDecimal() is var n && low <= n && n <= high,
        JsonValueKind.String => string.Equals(given.Value, expected.GetString(), StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static decimal? Low(GivenAnswer given) => given.Min ?? Parse(given.Value);

    private static decimal? High(GivenAnswer given) => given.Max ?? Parse(given.Value);

    private static decimal? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.String => Parse(value.GetString()),
        _ => null,
    };

    private static decimal? Parse(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static int? DaysAhead(GivenAnswer given) =>
        DateOnly.TryParseExact(given.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.DayNumber - DateOnly.FromDateTime(given.At.DateTime).DayNumber
            : null;
}
