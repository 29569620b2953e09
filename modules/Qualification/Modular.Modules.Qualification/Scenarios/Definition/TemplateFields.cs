using System.Text.RegularExpressions;

namespace Modular.Modules.Qualification.Scenarios.Definition;

/// <summary>
/// The lead fields a scenario's texts may name, as <c>{{firstName}}</c>. A plain substitution rather than a template
/// engine: clients write these texts, and nothing in them should be able to loop, call helpers or reach other data.
/// </summary>
internal static partial class TemplateFields
{
    public static readonly IReadOnlySet<string> Names =
        new HashSet<string>(StringComparer.Ordinal) { "firstName", "lastName", "fullName", "leadCompany", "companyName" };

    /// <summary>Replaces each known field; a field the lead lacks becomes empty and the spaces around it are tidied.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string?> values)
    {
        var text = Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value) ? value ?? "" : match.Value);
        return ExtraSpaces().Replace(text, " ").Replace(" ,", ",").Trim();
    }

    /// <summary>The placeholders a text names that are not fields, for validation.</summary>
    public static IEnumerable<string> Unknown(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(name => !Names.Contains(name)).Distinct();

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex ExtraSpaces();
}
