using System.Text.Json;

namespace Modular.Modules.Messaging.Channels;

/// <summary>The settings of a configuration that are not secret, stored as a JSON object.</summary>
internal static class ChannelSettings
{
    public static Dictionary<string, string> Read(string stored) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(stored) ?? [];

    public static string Write(IReadOnlyDictionary<string, string> settings) => JsonSerializer.Serialize(settings);
}
