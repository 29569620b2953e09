namespace Modular.Modules.Qualification.Interpretation.BuiltIn;

/// <summary>
/// The units a number may come with, each under one name whatever the spelling ("€", "EUR", "euros", "balles"), so a
/// reply's unit can be compared with the one the question expects.
/// </summary>
internal static class Units
{
    public const string Euro = "€";
    public const string SquareMetre = "m²";

    private static readonly Dictionary<string, string> Names = new()
    {
        ["€"] = Euro, ["eur"] = Euro, ["euro"] = Euro, ["euros"] = Euro, ["balles"] = Euro, ["e"] = Euro, ["keur"] = Euro,
        ["$"] = "$", ["usd"] = "$", ["dollar"] = "$", ["dollars"] = "$", ["bucks"] = "$",
        ["£"] = "£", ["gbp"] = "£", ["pound"] = "£", ["pounds"] = "£", ["livres"] = "£",
        ["m2"] = SquareMetre, ["m²"] = SquareMetre, ["metres carres"] = SquareMetre, ["metre carre"] = SquareMetre, ["metres"] = SquareMetre,
        ["square meters"] = SquareMetre, ["square metres"] = SquareMetre, ["sqm"] = SquareMetre, ["mc"] = SquareMetre,
        ["an"] = "years", ["ans"] = "years", ["annee"] = "years", ["annees"] = "years", ["year"] = "years", ["years"] = "years", ["yr"] = "years", ["yrs"] = "years",
        ["mois"] = "months", ["month"] = "months", ["months"] = "months",
        ["%"] = "%", ["pourcent"] = "%", ["percent"] = "%", ["pct"] = "%",
    };

    /// <summary>The unit's common name, or null when it is not one we know.</summary>
    public static string? Canonical(string? unit) =>
        unit is null ? null : Names.GetValueOrDefault(Reply.Fold(unit).Trim()) ?? Names.GetValueOrDefault(unit.Trim());

    /// <summary>Two-word units, matched before single words.</summary>
    public static readonly string[] TwoWords = ["metres carres", "metre carre", "square meters", "square metres"];

    public static bool IsSquareMetres(string? questionUnit) => Canonical(questionUnit) == SquareMetre;
}
