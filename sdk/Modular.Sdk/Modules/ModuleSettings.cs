using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Modular.Sdk.Modules;

/// <summary>Reads values of a module's or plugin's own configuration section the same way in every extension.</summary>
public static class ModuleSettings
{
    /// <summary>
    /// A duration written in seconds under <paramref name="key"/> (for example <c>RequestTimeoutSeconds</c>, invariant
    /// culture, decimals allowed) when it is a positive number; otherwise <paramref name="fallback"/>.
    /// </summary>
    public static TimeSpan PositiveSeconds(this IConfiguration configuration, string key, TimeSpan fallback) =>
        double.TryParse(configuration[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : fallback;
}
