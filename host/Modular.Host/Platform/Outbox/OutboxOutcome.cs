using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Modular.Host.Platform.Jobs;

namespace Modular.Host.Platform.Outbox;

/// <summary>Records how publishing a claimed message went. A message is never given up: events others depend on must not be lost.</summary>
internal sealed class OutboxOutcome(ILifetimeScope root, TimeProvider time, ILogger<OutboxOutcome> logger)
{
    public async Task DispatchedAsync(IReadOnlyCollection<Guid> messageIds)
    {
        if (messageIds.Count == 0)
            return;
        var now = time.GetUtcNow();
        await using var scope = root.BeginLifetimeScope();
        var database = scope.Resolve<PlatformDbContext>();
        // Not cancelled by the host stopping: a delivery that happened must be recorded, or it is delivered again.
        await database.OutboxMessages.Where(m => messageIds.Contains(m.Id) && m.DispatchedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.DispatchedAt, now).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
    }

    public Task FailedAsync(OutboxMessage message, Exception error)
    {
        var retryAt = time.GetUtcNow() + RetryBackoff.After(message.Attempts);
        var text = ErrorText.Of(error);
        logger.LogWarning(error, "Publishing outbox message {Id} ({Type}) failed, attempt {Attempts}; retrying at {RetryAt}", message.Id, message.Type, message.Attempts, retryAt);
        return UpdateAsync(message, set => set.SetProperty(m => m.NextAttemptAt, retryAt).SetProperty(m => m.LastError, text));
    }

    /// <summary>Gives back a message interrupted by the host stopping, due again at once; the interrupted attempt does not count.</summary>
    public Task ReleasedAsync(OutboxMessage message)
    {
        var now = time.GetUtcNow();
        return UpdateAsync(message, set => set.SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.Attempts, m => m.Attempts - 1));
    }

    private async Task UpdateAsync(OutboxMessage message, Action<UpdateSettersBuilder<OutboxMessage>> set)
    {
        await using var scope = root.BeginLifetimeScope();
        var database = scope.Resolve<PlatformDbContext>();
        // Not cancelled by the host stopping: a delivery that happened must be recorded, or it is delivered again.
        await database.OutboxMessages.Where(m => m.Id == message.Id && m.DispatchedAt == null).ExecuteUpdateAsync(set, CancellationToken.None);
    }
}
