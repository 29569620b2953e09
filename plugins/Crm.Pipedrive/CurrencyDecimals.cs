namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// An amount in a currency's minor unit, by the number of decimals ISO 4217 gives the currency: none for the yen or
/// the won, three for the Bahraini or Kuwaiti dinar, two for the others (and for a company's own currencies, whose
/// decimals Pipedrive does not say in a deal).
/// </summary>
internal static class CurrencyDecimals
{
    private static readonly HashSet<string> NoDecimals = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> ThreeDecimals = new(StringComparer.OrdinalIgnoreCase) { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };

    private static readonly HashSet<string> FourDecimals = new(StringComparer.OrdinalIgnoreCase) { "CLF", "UYW" };

    /// <summary>The amount in minor units, rounded half away from zero where it has more decimals than its currency.</summary>
    public static long ToMinorUnits(decimal amount, string currency)
    {
        var decimals = NoDecimals.Contains(currency) ? 0 : ThreeDecimals.Contains(currency) ? 3 : FourDecimals.Contains(currency) ? 4 : 2;
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
            scale *= 10;
        return (long)Math.Round(amount * scale, MidpointRounding.AwayFromZero);
    }
}
