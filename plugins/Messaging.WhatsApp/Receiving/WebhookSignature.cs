using System.Security.Cryptography;
using System.Text;

namespace Modular.Plugins.Messaging.WhatsApp.Receiving;

/// <summary>
/// Meta signs every webhook POST with <c>X-Hub-Signature-256: sha256=&lt;hex HMAC-SHA256(app secret, body)&gt;</c>,
/// computed over the bytes as sent: re-serialising the JSON (escaped unicode, spacing) would change them.
/// </summary>
internal static class WebhookSignature
{
    public const string HeaderName = "X-Hub-Signature-256";
    private const string Prefix = "sha256=";

    public static bool IsValid(IReadOnlyDictionary<string, string> headers, ReadOnlySpan<byte> body, string appSecret)
    {
        var header = HeaderLookup.Find(headers, HeaderName)?.Trim();
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return false;

        byte[] claimed;
        try
        {
            claimed = Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body);
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }
}
