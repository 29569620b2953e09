using System.Globalization;
using System.Text.Json;

namespace Modular.Plugins.Messaging.WhatsApp.Receiving;

/// <summary>Tolerant reads of webhook fields: Meta sends timestamps and codes sometimes as strings, sometimes as numbers.</summary>
internal static class Json
{
    public static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static JsonElement? Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    /// <summary>A string or number field as text.</summary>
    public static string? Scalar(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>A Unix time in seconds.</summary>
    public static DateTimeOffset? UnixTime(JsonElement parent, string name) =>
        long.TryParse(Scalar(parent, name), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
