using System.Text.Json;

namespace Modular.Modules.Qualification.Scenarios.Definition;

/// <summary>
/// A test on one answer. <paramref name="Question"/> names it (a branch may omit it: the answer just given).
/// Operators: <c>eq</c>, <c>ne</c>, <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> (numbers compare their range's low end
/// for gt/gte and high end for lt/lte), <c>in</c> (one of a list), <c>within_days</c> / <c>beyond_days</c> (a date
/// answer at most / more than N days after the answer was given), <c>answered</c>, <c>unanswered</c>.
/// </summary>
internal sealed record Condition(string Op, JsonElement? Value = null, string? Question = null)
{
    public static readonly IReadOnlySet<string> Operators =
        new HashSet<string>(StringComparer.Ordinal) { "eq", "ne", "gt", "gte", "lt", "lte", "in", "within_days", "beyond_days", "answered", "unanswered" };

    public bool NeedsValue => Op is not ("answered" or "unanswered");
}
