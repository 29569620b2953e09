namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>Tasks that complete when the Nth accepted message arrives, so tests wait on an event instead of sleeping.</summary>
internal sealed class MessageWaiters
{
    private readonly List<(int Number, TaskCompletionSource<FakeTwilioMessage> Arrived)> waiting = [];

    /// <summary>Called under the server's lock with every message accepted so far.</summary>
    public Task<FakeTwilioMessage> WaitFor(int number, IReadOnlyList<FakeTwilioMessage> accepted)
    {
        if (accepted.Count >= number)
            return Task.FromResult(accepted[number - 1]);
        var arrived = new TaskCompletionSource<FakeTwilioMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting.Add((number, arrived));
        return arrived.Task;
    }

    /// <summary>Called under the server's lock after a message was accepted.</summary>
    public void Release(IReadOnlyList<FakeTwilioMessage> accepted)
    {
        for (var i = waiting.Count - 1; i >= 0; i--)
        {
            if (waiting[i].Number > accepted.Count)
                continue;
            waiting[i].Arrived.TrySetResult(accepted[waiting[i].Number - 1]);
            waiting.RemoveAt(i);
        }
    }
}
