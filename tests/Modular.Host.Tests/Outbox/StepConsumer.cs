using System.Collections.Concurrent;
using MediatR;
using Modular.Sdk.Events;

namespace Modular.Host.Tests.Outbox;

/// <summary>An event about one order, in a sequence: its consumers need an order's steps in order.</summary>
internal sealed record OrderStepped(Guid OrderId, int Step) : IntegrationEvent
{
    public override Guid? OrderingKey => OrderId;
}

/// <summary>
/// Records the steps of each order as handled, how many steps of one order were ever in hand at once, and whether
/// two different orders' step <c>meetAt</c> were in hand together: each waits (a few seconds at most) for the other.
/// </summary>
internal sealed class StepConsumer(int meetAt) : INotificationHandler<OrderStepped>
{
    private static readonly TimeSpan MeetingWait = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<int>> steps = new();
    private readonly ConcurrentDictionary<Guid, int> inHand = new();
    private readonly TaskCompletionSource bothArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int arrived;
    private bool waitedInVain;
    private int mostAtOnce;

    public bool Met => bothArrived.Task.IsCompletedSuccessfully && !waitedInVain;

    public int MostAtOnceForOneOrder => mostAtOnce;

    public IReadOnlyList<int> StepsOf(Guid orderId) => [.. steps.GetValueOrDefault(orderId) ?? new ConcurrentQueue<int>()];

    public async Task Handle(OrderStepped stepped, CancellationToken cancellationToken)
    {
        var now = inHand.AddOrUpdate(stepped.OrderId, 1, (_, count) => count + 1);
        InterlockedMax(now);
        if (stepped.Step == meetAt)
        {
            if (Interlocked.Increment(ref arrived) == 2)
                bothArrived.TrySetResult();
            if (await Task.WhenAny(bothArrived.Task, Task.Delay(MeetingWait, cancellationToken)) != bothArrived.Task)
                waitedInVain = true;
        }
        steps.GetOrAdd(stepped.OrderId, _ => new ConcurrentQueue<int>()).Enqueue(stepped.Step);
        inHand.AddOrUpdate(stepped.OrderId, 0, (_, count) => count - 1);
    }

    private void InterlockedMax(int value)
    {
        int seen;
        while (value > (seen = mostAtOnce) && Interlocked.CompareExchange(ref mostAtOnce, value, seen) != seen)
        {
        }
    }
}
