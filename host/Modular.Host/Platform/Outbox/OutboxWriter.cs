using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Modular.Host.Platform.Outbox;

/// <summary>
/// Inserts outbox rows through the caller's own connection and transaction. Every context (the platform's and each
/// module's) connects to the same database, where the outbox table sits in the platform schema, so a second
/// context enlisted in that transaction writes them into the very commit that carries the state change.
/// </summary>
internal sealed class OutboxWriter(Func<DbContextOptions<PlatformDbContext>> platformOptions)
{
    public void Write(DbTransaction transaction, IReadOnlyList<OutboxMessage> messages)
    {
        using var platform = Enlist(transaction);
        platform.OutboxMessages.AddRange(messages);
        platform.SaveChanges();
    }

    public async Task WriteAsync(DbTransaction transaction, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await using var platform = Enlist(transaction);
        platform.OutboxMessages.AddRange(messages);
        await platform.SaveChangesAsync(cancellationToken);
    }

    private PlatformDbContext Enlist(DbTransaction transaction)
    {
        var platform = new PlatformDbContext(platformOptions());
        platform.Database.SetDbConnection(transaction.Connection ?? throw new InvalidOperationException("The transaction has completed."), contextOwnsConnection: false);
        platform.Database.UseTransaction(transaction);
        // The rows go in with the caller's commit or not at all: a savepoint around them would only add two round trips.
        platform.Database.AutoSavepointsEnabled = false;
        return platform;
    }
}
