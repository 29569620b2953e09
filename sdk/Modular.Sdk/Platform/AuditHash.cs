using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Modular.Sdk.Platform;

/// <summary>
/// How an audit entry's hash is computed, so anyone holding an export can check it without our code: SHA-256, as
/// lowercase hex, over the entry's fields in this order, each written as a netstring (its length in UTF-8 bytes in
/// decimal, <c>:</c>, the bytes, <c>,</c>): id, tenant id (both as lowercase <c>xxxxxxxx-xxxx-…</c>), sequence (decimal),
/// time (<see cref="FormatTime"/>), actor, action, subject, details (empty when none), previous hash.
/// </summary>
/// <remarks>Netstrings keep the encoding unambiguous whatever the fields contain, with nothing to escape.</remarks>
public static class AuditHash
{
    /// <summary>The previous hash of a chain's first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The entry's hash, computed from its other fields.</summary>
    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var encoded = new StringBuilder();
        foreach (var field in new[]
                 {
                     entry.Id.ToString("D"), entry.TenantId.ToString("D"), entry.Sequence.ToString(CultureInfo.InvariantCulture),
                     FormatTime(entry.OccurredAt), entry.Actor, entry.Action, entry.Subject, entry.Details ?? "", entry.PreviousHash,
                 })
            encoded.Append(CultureInfo.InvariantCulture, $"{Encoding.UTF8.GetByteCount(field)}:{field},");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(encoded.ToString())));
    }

    /// <summary>The time as hashed and exported: UTC, ISO 8601, three decimals, <c>2026-11-22T10:00:00.123Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="time"/> cut to whole milliseconds, which both databases keep exactly (SQLite's encoding keeps a
    /// tenth of a millisecond, PostgreSQL a microsecond): an entry's time is cut so before it is hashed, or the time
    /// read back could differ from the time written.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
