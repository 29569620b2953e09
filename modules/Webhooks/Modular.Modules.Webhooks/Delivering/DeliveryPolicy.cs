using Microsoft.Extensions.Configuration;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// How deliveries are attempted. When: Standard Webhooks' schedule (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h,
/// 24 h) with ±20% jitter so endpoints that failed together are not retried together. Operators and tests may set
/// <c>Extensions:webhooks:RetryScheduleSeconds</c> (comma-separated, first attempt included). How long each may take:
/// 15 s (<c>AttemptTimeoutSeconds</c>). When an endpoint is given up on: <c>DisableAfterDays</c>. How many first
/// attempts an instance runs at once: <c>Parallelism</c>.
/// </summary>
internal sealed class DeliveryPolicy(IReadOnlyList<TimeSpan> delays, TimeSpan disableAfter, TimeSpan attemptTimeout, int parallelism)
{
    private static readonly double[] StandardSeconds = [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];

    /// <summary>How many attempts a run makes before its delivery fails.</summary>
    public int MaxAttempts => delays.Count;

    /// <summary>An endpoint failing without a single success for this long is disabled (sporadic failures never are).</summary>
    public TimeSpan DisableAfter { get; } = disableAfter;

    public TimeSpan AttemptTimeout { get; } = attemptTimeout;

    /// <summary>First attempts one instance runs side by side: enough that slow partners do not hold up the others.</summary>
    public int Parallelism { get; } = parallelism;

    /// <summary>
    /// How long an attempt holds its delivery: its call's timeout, twice over, and time for its few writes, so a lease
    /// only runs out when its holder died, and a delivery whose process died mid-call is sent again soon after.
    /// </summary>
    public TimeSpan Lease => AttemptTimeout * 2 + TimeSpan.FromSeconds(5);

    public static DeliveryPolicy From(IConfiguration configuration)
    {
        var configured = configuration["RetryScheduleSeconds"];
        var seconds = string.IsNullOrWhiteSpace(configured)
            ? StandardSeconds
            : configured.Split(',').Select(s => double.Parse(s.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var disableAfter = TimeSpan.FromDays(configuration.GetValue("DisableAfterDays", 5.0));
        var timeout = TimeSpan.FromSeconds(configuration.GetValue("AttemptTimeoutSeconds", 15.0));
        var parallelism = Math.Max(1, configuration.GetValue("Parallelism", 64));
        return new DeliveryPolicy([.. seconds.Select(TimeSpan.FromSeconds)], disableAfter, timeout, parallelism);
    }

    /// <summary>The wait before attempt number <paramref name="attempt"/> + 1, after <paramref name="attempt"/> failed ones; null when none is left.</summary>
    public TimeSpan? DelayAfter(int attempt, TimeSpan? retryAfter)
    {
        if (attempt >= delays.Count)
            return null;
        var jittered = delays[attempt] * (0.8 + Random.Shared.NextDouble() * 0.4);
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }
}
