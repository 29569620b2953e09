using Microsoft.EntityFrameworkCore;

namespace Modular.Sdk.Data;

/// <summary>
/// Saving in an explicit transaction that is rolled back, not merely abandoned, when the save fails: the rollback is
/// what tells the outbox to drop the events staged with the refused rows (a unique index refusing a duplicate
/// delivery, for instance), so a later save in the same flow cannot carry them.
/// </summary>
public static class AtomicSave
{
    /// <summary>Saves the context's changes and the outbox events staged with them in one transaction, or none of them.</summary>
    public static async Task SaveAtomicallyAsync(this DbContext context, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            context.ChangeTracker.Clear();
            throw;
        }
    }
}
