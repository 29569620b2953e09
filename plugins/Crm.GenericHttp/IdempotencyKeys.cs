using System.Security.Cryptography;
using System.Text;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// The <c>Idempotency-Key</c> of each call: what it is about, then a hash of the body. A retry after a lost answer
/// sends the same body, so the same key, and the endpoint can answer it again without writing twice. A later push of
/// the same lead with changed data gets a new key: a key of the lead alone would make an endpoint that honours keys
/// replay its first answer, or refuse the new body as a reused key, and the update would never land.
/// </summary>
internal static class IdempotencyKeys
{
    // 128 bits of SHA-256: a collision between two bodies of one lead is not a practical concern.
    private const int HashCharacters = 32;

    public static string ForUpsert(Guid leadId, string body) => $"{leadId:D}/upsert/{Hash(body)}";

    /// <summary>The record id is the endpoint's own and may hold anything; escaped, the key stays a valid header value.</summary>
    public static string ForReport(string recordId, string body) => $"{Uri.EscapeDataString(recordId)}/report/{Hash(body)}";

    private static string Hash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..HashCharacters];
}
