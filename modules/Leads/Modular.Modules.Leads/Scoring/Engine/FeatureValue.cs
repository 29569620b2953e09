namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// One spelling per categorical value, applied when training and when predicting alike, so " Paris" and "paris"
/// count as the same evidence.
/// </summary>
internal static class FeatureValue
{
    public static string Normalise(string? value) =>
        value is null
            ? string.Empty
            : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
