namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>
/// One amount found in a reply: its value with any multiplier applied ("250k" is 250000), its unit, where it sits,
/// and whether it is only an article ("un appartement") or an estimate ("une cinquantaine", "environ 50").
/// </summary>
internal sealed record Quantity(decimal Value, int First, int Last, string? Unit, bool Scaled, bool Article, bool Estimate)
{
    /// <summary>The multiplier it was written with, for a bare number before it in a range ("200-300k").</summary>
    public decimal Scale { get; init; } = 1;
}
