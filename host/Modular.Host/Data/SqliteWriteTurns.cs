using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modular.Host.Data;

/// <summary>
/// Makes this process's SQLite writers take turns. SQLite lets one writer in at a time, and Microsoft.Data.Sqlite
/// answers a writer that finds the lock taken by sleeping 150 ms and trying again, for up to the command timeout:
/// under load (the intake, the outbox's handlers, the job runner all writing) most of a write's time became those
/// sleeps, and a writer unlucky several times in a row waited seconds. Here every write transaction an EF Core
/// context begins, and every statement run outside one that is not a <c>SELECT</c>, first waits for its turn in a
/// first-come queue; the turn passes on as soon as the transaction ends or the statement is done, so nobody finds
/// SQLite's lock taken by a writer of this process. (Another process writing the same file is still met by SQLite's own retrying.)
/// </summary>
/// <remarks>
/// A flow that holds a turn and then writes through a second connection would wait for itself: after
/// <see cref="MaximumWait"/> it goes ahead without its turn, to SQLite's retrying as before, and says so in the log.
/// </remarks>
internal sealed class SqliteWriteTurns(ILogger<SqliteWriteTurns> logger) : DbTransactionInterceptor, IDbConnectionInterceptor, IDbCommandInterceptor
{
    public static readonly TimeSpan MaximumWait = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim turn = new(1, 1);

    // Who holds the turn now: the connection of a transaction, or a statement run outside one.
    private readonly ConditionalWeakTable<object, object> holders = [];

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await TakeAsync(connection, cancellationToken);
        return result;
    }

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Take(connection);
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context?.Database.GetDbConnection());

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context?.Database.GetDbConnection());

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    // A failed begin, commit or rollback: should the transaction still be open, a writer let in meanwhile meets
    // SQLite's own retrying, which is better than a turn never given back.
    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.Context?.Database.GetDbConnection());

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    // A transaction disposed without a commit or a rollback ends when its connection closes.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
            await TakeAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is null)
            Take(command);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Release(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    // EF Core saves a single change without a transaction, through a reader (INSERT … RETURNING): SQLite holds the
    // lock until the reader is disposed.
    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (IsWriteOutsideTransaction(command))
            await TakeAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (IsWriteOutsideTransaction(command))
            Take(command);
        return result;
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private static bool IsWriteOutsideTransaction(DbCommand command) =>
        command.Transaction is null && !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    private async Task TakeAsync(object holder, CancellationToken cancellationToken)
    {
        if (await turn.WaitAsync(MaximumWait, cancellationToken))
            holders.AddOrUpdate(holder, holder);
        else
            WentAhead();
    }

    private void Take(object holder)
    {
        if (turn.Wait(MaximumWait))
            holders.AddOrUpdate(holder, holder);
        else
            WentAhead();
    }

    private void Release(object? holder)
    {
        if (holder is not null && holders.Remove(holder))
            turn.Release();
    }

    private void WentAhead() =>
        logger.LogWarning("A SQLite write waited {Seconds} s for its turn and went ahead without it: does one flow write through two connections at once?", MaximumWait.TotalSeconds);
}
