using Modular.Sdk.Extensions.Messaging;

namespace Modular.Modules.Messaging.Channels;

/// <summary>
/// Writes settings into a configuration: secrets encrypted into their own column, the rest as plain JSON. A setting
/// given a value replaces it, given null or blank removes it, and one not given stays as it was.
/// </summary>
internal sealed class ChannelEdits(ChannelSecrets secrets)
{
    /// <summary>The settings the configuration would hold after <paramref name="given"/>, secrets included (decrypted), for validation.</summary>
    public Dictionary<string, string> Merge(TenantChannel? existing, IReadOnlyDictionary<string, string?> given)
    {
        var merged = existing is null ? [] : ChannelSettings.Read(existing.Settings);
        if (existing is not null)
        {
            foreach (var (name, value) in secrets.Reveal(existing.Secrets))
                merged[name] = value;
        }
        foreach (var (name, value) in given)
        {
            if (string.IsNullOrWhiteSpace(value))
                merged.Remove(name);
            else
                merged[name] = value.Trim();
        }
        return merged;
    }

    public void Store(TenantChannel channel, ChannelDescriptor descriptor, IReadOnlyDictionary<string, string> merged)
    {
        var secretNames = descriptor.Settings.Where(s => s.Secret).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        channel.Settings = ChannelSettings.Write(merged.Where(s => !secretNames.Contains(s.Key)).ToDictionary());
        channel.Secrets = ChannelSecrets.Write(merged.Where(s => secretNames.Contains(s.Key)).ToDictionary(s => s.Key, s => secrets.Protect(s.Value)));
    }
}
