namespace Modular.Host.Testing;

/// <summary>
/// Much of what a test checks happens after the API has answered (the outbox delivers an event, a job runs): read
/// again until the expected state shows, or fail with the last state seen. The deadline only bounds a failing test;
/// nothing measures time.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, string waitingFor)
    {
        var giveUpAt = DateTime.UtcNow + Deadline;
        while (true)
        {
            var value = await read();
            if (done(value))
                return value;
            if (DateTime.UtcNow > giveUpAt)
                throw new ShouldAssertException($"Still waiting for {waitingFor} after {Deadline}; last seen: {value}");
            await Task.Delay(100);
        }
    }
}
