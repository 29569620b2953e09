using System.Security.Cryptography;
using System.Text;

namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>The <c>X-Hub-Signature-256</c> header Meta puts on every webhook POST.</summary>
public static class WhatsAppWebhookSignature
{
    /// <summary>The header's name.</summary>
    public const string HeaderName = "X-Hub-Signature-256";

    /// <summary>The header's value for <paramref name="body"/>: <c>sha256=</c> and the lower-case hex HMAC-SHA256 keyed with the app secret.</summary>
    /// <param name="appSecret">The Meta app's secret.</param>
    /// <param name="body">The exact bytes sent.</param>
    public static string Sign(string appSecret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
