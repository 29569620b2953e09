using System.Collections.Concurrent;
using MediatR;

namespace Modular.Host.Tests.Outbox;

/// <summary>
/// An idempotent consumer, the way every outbox consumer must be: it counts every delivery, but acts only on the
/// first delivery of each <c>EventId</c>. (A real one stores the ids it has handled in its own table, in the same
/// transaction as the work it does.)
/// </summary>
internal sealed class RecordingConsumer : INotificationHandler<OrderPlaced>
{
    private readonly ConcurrentDictionary<Guid, int> deliveries = new();
    private readonly ConcurrentQueue<OrderPlaced> actedOn = new();

    public IReadOnlyDictionary<Guid, int> Deliveries => deliveries;

    public IReadOnlyList<OrderPlaced> ActedOn => [.. actedOn];

    public Task Handle(OrderPlaced notification, CancellationToken cancellationToken)
    {
        if (deliveries.AddOrUpdate(notification.EventId, 1, (_, count) => count + 1) == 1)
            actedOn.Enqueue(notification);
        return Task.CompletedTask;
    }
}

/// <summary>A consumer that fails a set number of times before it succeeds, as one whose database is briefly down.</summary>
internal sealed class FlakyConsumer(int failures) : INotificationHandler<OrderPlaced>
{
    private int calls;

    public Task Handle(OrderPlaced notification, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref calls) <= failures
            ? throw new TimeoutException("The analytics store did not answer.")
            : Task.CompletedTask;
}
