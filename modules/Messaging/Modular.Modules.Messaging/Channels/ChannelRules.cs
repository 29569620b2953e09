using Modular.Sdk.Extensions.Messaging;

namespace Modular.Modules.Messaging.Channels;

/// <summary>What a configuration must satisfy, shared by creation and update; errors are keyed by the JSON field they concern.</summary>
internal static class ChannelRules
{
    public const int MaxSettingLength = 4000;

    public static void CheckName(string? name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
            errors["name"] = ["A name of 1 to 100 characters is required."];
    }

    /// <summary>Checks <paramref name="merged"/> (every setting the configuration would hold) after <paramref name="given"/> changed it.</summary>
    public static void CheckSettings(ChannelDescriptor descriptor, IReadOnlyDictionary<string, string?> given, IReadOnlyDictionary<string, string> merged, Dictionary<string, string[]> errors)
    {
        var known = descriptor.Settings.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in given.Keys.Where(name => !known.Contains(name)))
            errors[$"settings.{name}"] = [known.Count == 0 ? "This channel takes no settings." : $"Unknown setting. This channel takes: {string.Join(", ", known)}."];
        foreach (var (name, value) in given.Where(s => s.Value is { Length: > MaxSettingLength }))
            errors[$"settings.{name}"] = [$"At most {MaxSettingLength} characters."];
        foreach (var setting in descriptor.Settings.Where(s => s.Required && string.IsNullOrWhiteSpace(merged.GetValueOrDefault(s.Name))))
            errors[$"settings.{setting.Name}"] = [$"Required: {setting.Description}"];
    }
}
