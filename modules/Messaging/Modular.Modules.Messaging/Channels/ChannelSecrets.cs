using System.Security.Cryptography;
using System.Text.Json;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Channels;

/// <summary>
/// A configuration's secret settings (auth tokens, app secrets) must be readable again to call the provider and check
/// its signatures, so each is encrypted at rest rather than hashed. Their names stay readable: the API says which are set.
/// </summary>
internal sealed class ChannelSecrets(ISecretProtector protector)
{
    private const string Purpose = "messaging.channel-secret";

    public static string NewInboundKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form: name → encrypted value.</summary>
    public static Dictionary<string, string> Read(string stored) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(stored) ?? [];

    public static string Write(IReadOnlyDictionary<string, string> protectedValues) => JsonSerializer.Serialize(protectedValues);

    public string Protect(string secret) => protector.Protect(Purpose, secret);

    public Dictionary<string, string> Reveal(string stored) =>
        Read(stored).ToDictionary(secret => secret.Key, secret => protector.Unprotect(Purpose, secret.Value));
}
