namespace Modular.Modules.Leads.Sources;

/// <summary>The spelling of each <see cref="SourceFormat"/> in the API.</summary>
internal static class SourceFormats
{
    private static readonly Dictionary<string, SourceFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = SourceFormat.Json,
        ["form"] = SourceFormat.Form,
        ["google-ads"] = SourceFormat.GoogleAds,
        ["csv"] = SourceFormat.Csv,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out SourceFormat format) => ByName.TryGetValue(name ?? "", out format);

    public static string Name(SourceFormat format) => ByName.First(pair => pair.Value == format).Key;
}
