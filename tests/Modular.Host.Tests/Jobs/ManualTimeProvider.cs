namespace Modular.Host.Tests.Jobs;

/// <summary>
/// A clock that moves only when a test says so, so a retry an hour away is reached by one call instead of an hour.
/// Only the time of day is faked: tests drive the runner and the dispatcher one pass at a time, so no timer waits on it.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    /// <summary>A whole second, so times read back from either database compare equal to the ones written.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 7, 9, 0, 0, TimeSpan.Zero);

    private long utcTicks = Start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref utcTicks, by.Ticks);
}
