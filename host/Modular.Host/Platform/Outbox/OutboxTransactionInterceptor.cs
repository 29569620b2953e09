using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Modular.Host.Platform.Jobs;

namespace Modular.Host.Platform.Outbox;

/// <summary>
/// Attached to every DbContext the platform configures (see <see cref="OutboxEnlistingDatabase"/>). Just before a
/// transaction commits, it writes the events staged in the current flow into that transaction; a rollback discards
/// them. A SaveChanges that would run without a transaction (EF skips one for a single statement) is given one,
/// so that it too has a commit to carry the events.
/// </summary>
internal sealed class OutboxTransactionInterceptor(OutboxWriter writer, WakeSignal<OutboxDispatcher> dispatcher) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, object> carrying = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        EnsureTransaction(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        EnsureTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        var messages = StagingOutbox.TakeStagedInFlow();
        if (messages.Count > 0)
        {
            writer.Write(transaction, messages);
            carrying.AddOrUpdate(transaction, messages);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        var messages = StagingOutbox.TakeStagedInFlow();
        if (messages.Count > 0)
        {
            await writer.WriteAsync(transaction, messages, cancellationToken);
            carrying.AddOrUpdate(transaction, messages);
        }
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => WakeIfCarrying(transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WakeIfCarrying(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => StagingOutbox.DiscardStagedInFlow();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        StagingOutbox.DiscardStagedInFlow();
        return Task.CompletedTask;
    }

    private static void EnsureTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null && StagingOutbox.HasStagedInFlow)
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    /// <summary>Only once the rows are committed can the dispatcher see them; waking it earlier would find nothing.</summary>
    private void WakeIfCarrying(DbTransaction transaction)
    {
        if (carrying.Remove(transaction))
            dispatcher.Wake();
    }
}
