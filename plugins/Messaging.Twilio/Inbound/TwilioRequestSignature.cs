using System.Security.Cryptography;
using System.Text;

namespace Modular.Plugins.Messaging.Twilio.Inbound;

/// <summary>
/// <c>X-Twilio-Signature</c>: base64 HMAC-SHA1, keyed with the auth token, of the full URL Twilio called followed by
/// every POST field sorted by name (ordinal), each name immediately followed by its value.
/// </summary>
internal static class TwilioRequestSignature
{
    public static bool Verifies(string authToken, Uri publicUrl, IReadOnlyList<KeyValuePair<string, string>> postFields, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
            return false;
        var expected = new byte[HMACSHA1.HashSizeInBytes];
        if (!Convert.TryFromBase64String(signature.Trim(), expected, out var written) || written != expected.Length)
            return false;

        var key = Encoding.UTF8.GetBytes(authToken);
        var fields = Concatenated(postFields);
        var verified = false;
        foreach (var url in SpellingsOf(publicUrl))
            verified |= CryptographicOperations.FixedTimeEquals(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(url + fields)), expected);
        return verified;
    }

    private static string Concatenated(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields.OrderBy(field => field.Key, StringComparer.Ordinal))
            text.Append(field.Key).Append(field.Value);
        return text.ToString();
    }

    /// <summary>
    /// Twilio signs the URL as configured, which may spell the default port (https://host:443/…) while a URL rebuilt
    /// behind a proxy does not, or the other way round; its own helper libraries accept both spellings too.
    /// </summary>
    private static IEnumerable<string> SpellingsOf(Uri url) => new[]
    {
        url.OriginalString,
        url.AbsoluteUri,
        url.GetComponents(UriComponents.Scheme | UriComponents.UserInfo | UriComponents.Host | UriComponents.StrongPort | UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped),
    }.Distinct(StringComparer.Ordinal);
}
