namespace Modular.Modules.Leads.Tests.ScoringApi;

/// <summary>
/// Scoring happens after the outbox delivers an event or a job runs: read the API again until the expected state
/// shows, or give up with the last state seen. The deadline only bounds a failing test; nothing measures time.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, string waitingFor)
    {
        var giveUpAt = DateTime.UtcNow + Deadline;
        while (true)
        {
            var value = await read();
            if (done(value))
                return value;
            if (DateTime.UtcNow > giveUpAt)
                throw new ShouldAssertException($"Still waiting for {waitingFor}; last seen: {value}");
            await Task.Delay(100);
        }
    }
}
