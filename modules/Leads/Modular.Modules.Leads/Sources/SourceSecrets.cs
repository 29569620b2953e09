using System.Security.Cryptography;
using System.Text;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Sources;

/// <summary>
/// A source's public key (the last part of its intake URL) and its shared secret. The secret must be readable again
/// to check HMAC signatures, so it is encrypted at rest rather than hashed.
/// </summary>
internal sealed class SourceSecrets(ISecretProtector protector)
{
    private const string Purpose = "leads.source-secret";

    public static string NewKey() => Base64Url(RandomNumberGenerator.GetBytes(18));

    public static string NewSecret() => "lss_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => protector.Protect(Purpose, secret);

    public string Reveal(LeadSource source) => protector.Unprotect(Purpose, source.ProtectedSecret);

    /// <summary>Compares in constant time; hashing first keeps even the length of the secret out of the timing.</summary>
    public static bool AreEqual(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
