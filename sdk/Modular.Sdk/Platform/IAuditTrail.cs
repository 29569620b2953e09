namespace Modular.Sdk.Platform;

/// <summary>
/// The tamper-evident record of who read, exported or changed which data, kept by the host for every module. Each
/// tenant has one chain: every entry carries the SHA-256 of the one before it (see <see cref="AuditHash"/>), so an
/// entry altered, removed or moved in the database breaks the chain from there on, and <see cref="VerifyAsync"/> says where.
/// </summary>
/// <remarks>
/// An entry is appended in a transaction of its own, after the action it records, and is never changed. Call
/// <see cref="RecordAsync"/> once the caller's own transaction has committed, not inside it.
/// </remarks>
public interface IAuditTrail
{
    /// <summary>
    /// Appends an entry to the current tenant's chain. The actor is the current request's caller (<c>user:&lt;id&gt;</c> or
    /// <c>apikey:&lt;id&gt;</c>), or <c>system</c> outside a request. <paramref name="action"/> says what was done
    /// (<c>lead.read</c>) and <paramref name="subject"/> names what to, by id (<c>lead:3f2…</c>); neither may hold
    /// personal data. <paramref name="details"/> may name the fields changed, never their values.
    /// </summary>
    Task RecordAsync(string action, string subject, IReadOnlyDictionary<string, string>? details = null, CancellationToken cancellationToken = default);

    /// <summary>Checks the current tenant's whole chain, oldest entry first, and names the first entry that breaks it.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams the current tenant's entries that match <paramref name="query"/>, in sequence order (newest first when asked).</summary>
    IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
