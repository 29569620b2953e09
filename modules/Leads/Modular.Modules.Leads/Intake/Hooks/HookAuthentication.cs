using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Intake.Hooks;

/// <summary>
/// Checks that a JSON submission comes from whoever holds the source's secret: either the secret itself in
/// <c>X-Modular-Secret</c>, or <c>X-Modular-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "t.body")&gt;</c>
/// over the raw body, at most five minutes old or early. Comparisons run in constant time.
/// </summary>
internal static class HookAuthentication
{
    public const string SecretHeader = "X-Modular-Secret";
    public const string SignatureHeader = "X-Modular-Signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    /// <returns>Null when authentic, otherwise why not (for the 401's detail).</returns>
    public static string? Check(HttpRequest request, ReadOnlySpan<byte> body, string secret, DateTimeOffset now)
    {
        if (request.Headers[SecretHeader].ToString() is { Length: > 0 } given)
            return SourceSecrets.AreEqual(given, secret) ? null : $"The {SecretHeader} header does not match the source's secret.";

        if (request.Headers[SignatureHeader].ToString() is not { Length: > 0 } signature)
            return $"Send the source's secret in {SecretHeader}, or sign the body in {SignatureHeader}: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<body>\")>.";

        var parts = signature.Split(',', StringSplitOptions.TrimEntries).Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var timestamp = parts.FirstOrDefault(p => p[0] == "t")?[1];
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return $"{SignatureHeader} needs t=<unix seconds>.";
        if ((now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).Duration() > Tolerance)
            return $"The signature's timestamp is more than {Tolerance.TotalSeconds:0} seconds from now; sign again with the current time.";

        var expected = Sign(secret, timestamp!, body);
        var matches = false;
        foreach (var candidate in parts.Where(p => p[0] == "v1").Select(p => p[1]))
            matches |= TryHex(candidate, out var bytes) && CryptographicOperations.FixedTimeEquals(bytes, expected);
        return matches ? null : "The signature does not match the body and the source's secret.";
    }

    public static byte[] Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        hmac.TransformBlock(prefix, 0, prefix.Length, null, 0);
        hmac.TransformFinalBlock(body.ToArray(), 0, body.Length);
        return hmac.Hash!;
    }

    private static bool TryHex(string text, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
