namespace Modular.Modules.Qualification.Tests.Infrastructure;

/// <summary>
/// The real clock plus an offset a test moves forward: the host's timers keep real time (so its polling runs as
/// usual), while everything that asks what time it is — the job runner's due check included — sees the future.
/// </summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
