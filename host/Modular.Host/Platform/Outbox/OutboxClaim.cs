using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Modular.Host.Platform.Claims;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Outbox;

/// <summary>
/// Takes the undelivered messages that are due, for one dispatcher, exactly as jobs are claimed (see
/// <c>JobClaim</c>): <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, one transaction holding the write lock on SQLite. A
/// claim moves <see cref="OutboxMessage.NextAttemptAt"/> to the end of a lease, so a dispatcher that dies while
/// publishing leaves the message to be claimed again once the lease is over.
/// </summary>
internal sealed class OutboxClaim(ILifetimeScope root, OutboxOptions options, TimeProvider time)
{
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var database = scope.Resolve<PlatformDbContext>();
        var now = time.GetUtcNow();
        var claimed = DatabaseNaming.IsPostgres(database.Database.ProviderName)
            ? await ClaimSkippingLockedAsync(database, now, cancellationToken)
            : await ClaimUnderWriteLockAsync(database, now, cancellationToken);
        return claimed.Count == 0 ? [] : await database.OutboxMessages.AsNoTracking().Where(m => claimed.Contains(m.Id)).OrderBy(m => m.OccurredAt).ToListAsync(cancellationToken);
    }

    private Task<List<Guid>> ClaimSkippingLockedAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken) =>
        RowClaim.SkippingLockedAsync(
            database,
            """
            WHERE "DispatchedAt" IS NULL AND "NextAttemptAt" <= {0}
            ORDER BY "NextAttemptAt"
            """,
            [now],
            options.BatchSize,
            Claim(now),
            cancellationToken);

    private Task<List<Guid>> ClaimUnderWriteLockAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken) =>
        RowClaim.UnderWriteLockAsync(database, m => m.DispatchedAt == null && m.NextAttemptAt <= now, m => m.NextAttemptAt, options.BatchSize, Claim(now), cancellationToken);

    private Action<UpdateSettersBuilder<OutboxMessage>> Claim(DateTimeOffset now) => set => set
        .SetProperty(m => m.NextAttemptAt, now + options.Lease)
        .SetProperty(m => m.Attempts, m => m.Attempts + 1);
}
