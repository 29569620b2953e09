using System.Security.Cryptography;
using System.Text;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Endpoints;

/// <summary>
/// Standard Webhooks signing: a <c>whsec_</c> secret (base64 of 32 random bytes) shown once and stored encrypted,
/// and <c>v1,</c> signatures, base64 HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c> with the decoded key.
/// </summary>
internal sealed class SigningSecrets(ISecretProtector protector, TimeProvider time)
{
    private const string Purpose = "webhooks.endpoint-secret";
    private const string Prefix = "whsec_";

    /// <summary>How long the secret before a rotation keeps signing, so a partner can switch without losing a message.</summary>
    public static readonly TimeSpan RotationOverlap = TimeSpan.FromHours(24);

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => protector.Protect(Purpose, secret);

    /// <summary>The <c>webhook-signature</c> header: the current secret's signature, then the previous one's during the overlap.</summary>
    public string SignatureHeader(WebhookEndpoint endpoint, string messageId, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}");
        var header = Sign(protector.Unprotect(Purpose, endpoint.Secret), content);
        if (endpoint.PreviousSecret is not null && endpoint.PreviousSecretUntil > time.GetUtcNow())
            header += " " + Sign(protector.Unprotect(Purpose, endpoint.PreviousSecret), content);
        return header;
    }

    private static string Sign(string secret, byte[] content) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret[Prefix.Length..]), content));
}
