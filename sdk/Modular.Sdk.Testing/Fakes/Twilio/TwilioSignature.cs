using System.Security.Cryptography;
using System.Text;

namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>Computes <c>X-Twilio-Signature</c> the way Twilio does when it calls a webhook.</summary>
public static class TwilioSignature
{
    /// <summary>The name of the header Twilio signs its webhooks with.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>
    /// Base64 of HMAC-SHA1, keyed with <paramref name="authToken"/>, of <paramref name="url"/> exactly as configured
    /// (query included) followed by every POST field sorted by name (ordinal), each name immediately followed by its value.
    /// </summary>
    /// <param name="authToken">The account's auth token.</param>
    /// <param name="url">The full public URL Twilio calls.</param>
    /// <param name="postFields">The form fields of a POST; none for a GET.</param>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> postFields)
    {
        var signed = new StringBuilder(url);
        foreach (var field in postFields.OrderBy(field => field.Key, StringComparer.Ordinal))
            signed.Append(field.Key).Append(field.Value);
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signed.ToString())));
    }
}
