using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>
/// A receiver's check of Standard Webhooks 1.0, written from the specification alone and sharing nothing with the
/// module, so the module cannot pass by agreeing with itself.
/// </summary>
public static class StandardWebhooksVerifier
{
    public const string SecretPrefix = "whsec_";

    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static bool Verify(string secret, ReceivedWebhook request, DateTimeOffset now) =>
        Check(secret, request.Id, request.Timestamp, request.Body, request.Signature, now) == SignatureCheck.Valid;

    public static SignatureCheck Check(string secret, ReceivedWebhook request, DateTimeOffset now) =>
        Check(secret, request.Id, request.Timestamp, request.Body, request.Signature, now);

    public static SignatureCheck Check(string secret, string id, string timestamp, byte[] body, string signatureHeader, DateTimeOffset now)
    {
        if (!TryDecodeKey(secret, out var key))
            return SignatureCheck.MalformedSecret;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.MalformedTimestamp;
        // Both directions: a timestamp from the future is as suspicious as a replayed old one.
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
            return SignatureCheck.StaleTimestamp;

        var expected = Sign(key, id, timestamp, body);
        foreach (var entry in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Other versions ("v1a,", future schemes) are skipped, not failed: the list may mix them.
            if (!entry.StartsWith("v1,", StringComparison.Ordinal))
                continue;
            var candidate = Decode(entry["v1,".Length..]);
            if (candidate is not null && CryptographicOperations.FixedTimeEquals(candidate, expected))
                return SignatureCheck.Valid;
        }
        return SignatureCheck.NoMatchingSignature;
    }

    /// <summary>The raw HMAC for one message, for tests that build a signature by hand.</summary>
    public static byte[] Sign(byte[] key, string id, string timestamp, byte[] body)
    {
        byte[] content = [.. Encoding.UTF8.GetBytes($"{id}.{timestamp}."), .. body];
        return HMACSHA256.HashData(key, content);
    }

    public static bool TryDecodeKey(string secret, out byte[] key)
    {
        key = [];
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
            return false;
        key = Decode(secret[SecretPrefix.Length..]) ?? [];
        return key.Length > 0;
    }

    private static byte[]? Decode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
