namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>
/// Real time plus an offset a test pushes forward. Timers and delays still run in real time, so the host keeps
/// polling at its usual pace, but every question "what time is it?" (what is due, what has expired) sees the future.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    /// <summary>Moves to just past <paramref name="moment"/>, never backwards: a clock that went back would make a test of nothing.</summary>
    public void AdvancePast(DateTimeOffset moment, TimeSpan margin)
    {
        var wait = moment + margin - GetUtcNow();
        if (wait > TimeSpan.Zero)
            Advance(wait);
    }
}
