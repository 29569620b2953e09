using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace Modular.Host.Platform.Claims;

/// <summary>
/// How a worker takes due rows (jobs, outbox messages) so that each goes to one worker only, across every instance
/// sharing the database. The caller says which rows are due and how a claim marks them; the two strategies here
/// make the claim exclusive on each provider. Rows are keyed by a <see cref="Guid"/> column named <c>Id</c>.
/// </summary>
internal static class RowClaim
{
    /// <summary>
    /// PostgreSQL, several instances: the due rows are locked while they are marked, and rows another worker is
    /// marking are skipped rather than waited for, so workers never block each other nor take the same row.
    /// </summary>
    /// <param name="dueSql">The <c>WHERE … ORDER BY …</c> part, with positional parameters {0}…; identifiers only from the model.</param>
    public static async Task<List<Guid>> SkippingLockedAsync<TRow>(
        DbContext database, string dueSql, object[] parameters, int limit, Action<UpdateSettersBuilder<TRow>> claim, CancellationToken cancellationToken)
        where TRow : class
    {
        var entity = database.Model.FindEntityType(typeof(TRow))!;
        var table = database.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var sql = $$"""
            SELECT "Id" AS "Value" FROM {{table}}
            {{dueSql}}
            LIMIT {{{parameters.Length}}}
            FOR UPDATE SKIP LOCKED
            """;

        await using var transaction = await database.Database.BeginTransactionAsync(cancellationToken);
        var ids = await database.Database.SqlQueryRaw<Guid>(sql, [.. parameters, limit]).ToListAsync(cancellationToken);
        if (ids.Count > 0)
            await database.Set<TRow>().Where(row => ids.Contains(EF.Property<Guid>(row, "Id"))).ExecuteUpdateAsync(claim, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    /// <summary>
    /// SQLite, one instance: the claim runs in one transaction, which SQLite begins by taking its write lock
    /// (Microsoft.Data.Sqlite begins <c>IMMEDIATE</c>), so the rows found due are still due when they are marked, even
    /// when two workers share the file. One transaction, not one statement per row: each write waits its turn behind
    /// the process's other writers (see <c>SqliteWriteTurns</c>).
    /// </summary>
    public static async Task<List<Guid>> UnderWriteLockAsync<TRow>(
        DbContext database, Expression<Func<TRow, bool>> due, Expression<Func<TRow, DateTimeOffset>> order, int limit,
        Action<UpdateSettersBuilder<TRow>> claim, CancellationToken cancellationToken)
        where TRow : class
    {
        var rows = database.Set<TRow>();
        await using var transaction = await database.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await rows.Where(due).OrderBy(order).Select(row => EF.Property<Guid>(row, "Id")).Take(limit).ToListAsync(cancellationToken);
        if (claimed.Count > 0)
            await rows.Where(row => claimed.Contains(EF.Property<Guid>(row, "Id"))).ExecuteUpdateAsync(claim, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }
}
