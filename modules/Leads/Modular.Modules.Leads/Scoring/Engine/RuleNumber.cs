using System.Globalization;

namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// Numbers in rules and facts are invariant-culture decimals, so "1.5" means the same for every tenant's locale.
/// Thousands separators are refused: "1,500" would read as 1.5 in half of Europe.
/// </summary>
internal static class RuleNumber
{
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
