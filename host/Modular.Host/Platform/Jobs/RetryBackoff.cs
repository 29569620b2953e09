namespace Modular.Host.Platform.Jobs;

/// <summary>
/// How long to wait after a failed attempt: 5 s doubled per attempt, capped at an hour, less up to a fifth at random
/// so that work which failed together (a remote service down) does not retry together. A fifth is the most the
/// jitter may take while keeping each delay longer than the one before it, until the cap.
/// </summary>
internal static class RetryBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Cap = TimeSpan.FromHours(1);
    public const double Jitter = 0.2;

    /// <param name="attempts">Attempts made so far, the failed one included (1 after the first failure).</param>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan After(int attempts, double random)
    {
        var exponential = First.TotalSeconds * Math.Pow(2, Math.Max(attempts - 1, 0));
        return TimeSpan.FromSeconds(Math.Min(exponential, Cap.TotalSeconds) * (1 - Jitter * random));
    }

    public static TimeSpan After(int attempts) => After(attempts, Random.Shared.NextDouble());
}
