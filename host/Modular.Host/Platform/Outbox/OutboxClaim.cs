using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Outbox;

/// <summary>
/// Takes the undelivered messages that are due, for one dispatcher, exactly as jobs are claimed (see
/// <c>JobClaim</c>): <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, a re-checking single-row update on SQLite. A
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
            : await ClaimOneByOneAsync(database, now, cancellationToken);
        return claimed.Count == 0 ? [] : await database.OutboxMessages.AsNoTracking().Where(m => claimed.Contains(m.Id)).OrderBy(m => m.OccurredAt).ToListAsync(cancellationToken);
    }

    private async Task<List<Guid>> ClaimSkippingLockedAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = database.Model.FindEntityType(typeof(OutboxMessage))!;
        var table = database.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        // Identifiers come from the model, values are parameters.
        var sql = $$"""
            SELECT "Id" AS "Value" FROM {{table}}
            WHERE "DispatchedAt" IS NULL AND "NextAttemptAt" <= {0}
            ORDER BY "NextAttemptAt"
            LIMIT {1}
            FOR UPDATE SKIP LOCKED
            """;
        await using var transaction = await database.Database.BeginTransactionAsync(cancellationToken);
        var ids = await database.Database.SqlQueryRaw<Guid>(sql, now, options.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count > 0)
            await database.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(Claim(now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    private async Task<List<Guid>> ClaimOneByOneAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await database.OutboxMessages
            .Where(m => m.DispatchedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        var claimed = new List<Guid>();
        foreach (var id in candidates)
        {
            var updated = await database.OutboxMessages
                .Where(m => m.Id == id && m.DispatchedAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(Claim(now), cancellationToken);
            if (updated == 1)
                claimed.Add(id);
        }
        return claimed;
    }

    private Action<UpdateSettersBuilder<OutboxMessage>> Claim(DateTimeOffset now) => set => set
        .SetProperty(m => m.NextAttemptAt, now + options.Lease)
        .SetProperty(m => m.Attempts, m => m.Attempts + 1);
}
