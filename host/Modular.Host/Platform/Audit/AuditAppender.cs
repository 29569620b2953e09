using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Audit;

/// <summary>
/// Appends one entry to a tenant's chain, in a transaction of its own: lock the chain's head, link the entry to it,
/// store both. The lock is held for three statements only; PostgreSQL keeps it as a row lock, so appends from every
/// instance queue on it, and SQLite's write lock (taken at <c>BEGIN IMMEDIATE</c>, in turn behind this process's
/// other writers) does the same. The unique (tenant, sequence) index is the last guard against a fork.
/// </summary>
/// <remarks>
/// Its own transaction, not the caller's: most entries record reads, which have no transaction to join; and inside
/// a caller's transaction the head's lock would be held for all of that transaction's work, queueing every other
/// request of the tenant behind it. The price is that a crash between the caller's commit and this one loses that
/// entry, which the caller's own records (the lead's timeline) still show.
/// </remarks>
internal sealed class AuditAppender(DbContextOptions<PlatformDbContext> platformOptions, TimeProvider time)
{
    public async Task AppendAsync(Guid tenantId, string actor, string action, string subject, string? details, CancellationToken cancellationToken)
    {
        await using var platform = new PlatformDbContext(platformOptions);
        await using var transaction = await platform.Database.BeginTransactionAsync(cancellationToken);
        var head = await LockHeadAsync(platform, tenantId, cancellationToken);

        // Read after the lock, so times never go back along the chain (on one clock).
        var unhashed = new AuditEntry(
            Guid.CreateVersion7(), tenantId, head.Sequence + 1, AuditHash.ToStoredPrecision(time.GetUtcNow()), actor, action, subject, details,
            head.Hash, Hash: "");
        var hash = AuditHash.Compute(unhashed);
        platform.Add(new AuditRecord
        {
            Id = unhashed.Id, TenantId = tenantId, Sequence = unhashed.Sequence, OccurredAt = unhashed.OccurredAt, Actor = actor, Action = action,
            Subject = subject, Details = details, PreviousHash = head.Hash, Hash = hash,
        });
        var stored = new AuditChainHead { TenantId = tenantId, Sequence = head.Sequence, Hash = head.Hash };
        platform.Attach(stored);
        stored.Sequence = unhashed.Sequence;
        stored.Hash = hash;

        await platform.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the head of a new chain, or touches the existing one, which locks it until the transaction ends; either
    /// way it answers the head as it now stands. One statement on both providers: the upsert waits for an append in
    /// progress and then reads what that append committed.
    /// </summary>
    private static async Task<ChainPosition> LockHeadAsync(PlatformDbContext platform, Guid tenantId, CancellationToken cancellationToken)
    {
        var entity = platform.Model.FindEntityType(typeof(AuditChainHead))!;
        var heads = platform.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var sql = $$"""
            INSERT INTO {{heads}} ("TenantId", "Sequence", "Hash") VALUES ({0}, 0, {1})
            ON CONFLICT ("TenantId") DO UPDATE SET "TenantId" = excluded."TenantId"
            RETURNING "Sequence", "Hash"
            """;
        var positions = await platform.Database.SqlQueryRaw<ChainPosition>(sql, tenantId, AuditHash.Genesis).ToListAsync(cancellationToken);
        return positions.Single();
    }
}
