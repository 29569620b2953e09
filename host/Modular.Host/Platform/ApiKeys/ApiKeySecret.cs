using System.Security.Cryptography;
using System.Text;

namespace Modular.Host.Platform.ApiKeys;

/// <summary>
/// The key format: <c>mdk_&lt;prefix&gt;_&lt;secret&gt;</c>. The <c>mdk_</c> marker lets secret scanners and
/// people recognise a Modular key; the prefix locates the row; 256 random bits make the secret.
/// </summary>
internal static class ApiKeySecret
{
    public const string Marker = "mdk_";

    public static (string Key, string Prefix, byte[] Hash) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{Marker}{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    public static bool TryParsePrefix(string key, out string prefix)
    {
        prefix = "";
        if (!key.StartsWith(Marker, StringComparison.Ordinal) || key.Length < Marker.Length + 10 || key[Marker.Length + 8] != '_')
            return false;
        prefix = key.Substring(Marker.Length, 8);
        return true;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
