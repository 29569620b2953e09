using Modular.Sdk.Events;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Outbox;

/// <summary>
/// The outbox of one unit of work (one lifetime scope: a request, a job). <see cref="Add"/> only stages the event;
/// <see cref="OutboxTransactionInterceptor"/> writes it inside the next database transaction that commits in the
/// same async flow — the caller's own, on its own module's DbContext — so the event is stored if and only if the
/// state change is. A rolled-back transaction discards what was staged.
/// </summary>
/// <remarks>
/// The flow is how the interceptor, which sees a DbContext but not the scope it came from, finds the events: an
/// async-local set here, in a synchronous method, stays visible to the caller's next lines and everything they
/// call, SaveChanges and Commit included. So call <see cref="Add"/> in the method that then saves (or in a
/// synchronous helper), not in an async helper that returns before the save: its flow ends with it, and the
/// events are reported as lost when the scope ends.
/// </remarks>
internal sealed class StagingOutbox(TimeProvider time, ILogger<StagingOutbox> logger) : IOutbox, IDisposable
{
    private static readonly AsyncLocal<StagingOutbox[]> Flow = new();

    private readonly Lock gate = new();
    private List<OutboxMessage> staged = [];
    private bool disposed;

    public void Add(IntegrationEvent integrationEvent)
    {
        var message = EventTypes.ToMessage(integrationEvent, time.GetUtcNow());
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            staged.Add(message);
        }
        // Other units of work nested in this flow keep their place; finished ones drop out so the list stays short.
        Flow.Value = [this, .. (Flow.Value ?? []).Where(outbox => outbox != this && outbox.HasStaged)];
    }

    /// <summary>Takes every event staged in the current flow, for the transaction about to commit.</summary>
    public static IReadOnlyList<OutboxMessage> TakeStagedInFlow() => [.. (Flow.Value ?? []).SelectMany(outbox => outbox.Take())];

    public static bool HasStagedInFlow => (Flow.Value ?? []).Any(outbox => outbox.HasStaged);

    /// <summary>The flow's transaction rolled back: its state change is undone, so are its events.</summary>
    public static void DiscardStagedInFlow()
    {
        foreach (var outbox in Flow.Value ?? [])
            outbox.Take();
    }

    private bool HasStaged
    {
        get
        {
            lock (gate)
                return !disposed && staged.Count > 0;
        }
    }

    private List<OutboxMessage> Take()
    {
        lock (gate)
        {
            if (disposed)
                return [];
            var taken = staged;
            staged = [];
            return taken;
        }
    }

    public void Dispose()
    {
        List<OutboxMessage> lost;
        lock (gate)
        {
            disposed = true;
            lost = staged;
            staged = [];
        }
        if (lost.Count > 0)
            logger.LogWarning("{Count} outbox events ({Types}) were added but never stored: no transaction committed after Add in the same async flow", lost.Count, string.Join(", ", lost.Select(m => m.Type).Distinct()));
    }
}
