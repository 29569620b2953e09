using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Audit;

/// <summary>
/// Walks a tenant's chain oldest first, one entry in memory at a time, and stops at the first entry that is missing,
/// altered or not linked to the one before; then checks the chain ends where its head says.
/// </summary>
internal static class AuditVerifier
{
    /// <param name="platform">A context filtered to the tenant whose chain is checked.</param>
    public static async Task<AuditVerification> VerifyAsync(PlatformDbContext platform, CancellationToken cancellationToken)
    {
        // The head first: entries appended from now on lie past it and are left for the next check, so a chain that
        // grows while it is read is not mistaken for one cut short.
        var head = await platform.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var end = head?.Sequence ?? long.MaxValue;

        var expected = 1L;
        var previousHash = AuditHash.Genesis;
        Guid? previousId = null;
        var entries = platform.Set<AuditRecord>().AsNoTracking().Where(e => e.Sequence <= end).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var record in entries.WithCancellation(cancellationToken))
        {
            if (record.Sequence != expected)
                return AuditVerification.Broken(expected - 1, new AuditBreak(expected, null, AuditBreakReasons.Missing));
            if (AuditHash.Compute(record.ToEntry()) != record.Hash)
                return AuditVerification.Broken(expected - 1, new AuditBreak(record.Sequence, record.Id, AuditBreakReasons.Altered));
            if (record.PreviousHash != previousHash)
                return AuditVerification.Broken(expected - 1, new AuditBreak(record.Sequence, record.Id, AuditBreakReasons.Unlinked));
            previousHash = record.Hash;
            previousId = record.Id;
            expected++;
        }

        var intact = expected - 1;
        if (head is not null && head.Sequence > intact)
            return AuditVerification.Broken(intact, new AuditBreak(intact + 1, null, AuditBreakReasons.Missing));
        // Entries without a head, or a head that names another hash: the head was removed or rewritten.
        if (intact > 0 && (head is null || head.Hash != previousHash))
            return AuditVerification.Broken(intact - 1, new AuditBreak(intact, previousId, AuditBreakReasons.Unlinked));
        return AuditVerification.Intact(intact, previousHash);
    }
}
