using Microsoft.Extensions.Configuration;
using Modular.Sdk.Modules;

namespace Modular.Modules.Crm.Syncs;

/// <summary>
/// How hard a push tries (<c>Extensions:crm:*</c>): retries start at <see cref="FirstRetry"/> and double up to
/// <see cref="MaxRetry"/> (longer when the CRM names a longer wait), and a push is parked after <see cref="MaxAttempts"/>.
/// When <see cref="CircuitThreshold"/> attempts in a row fail on one connector, its circuit opens: every push through it
/// waits <see cref="CircuitPause"/> rather than hammer a CRM that is down, then one attempt tests the water.
/// Connectors that read from the CRM (new leads, outcomes) read every <see cref="ReadInterval"/>.
/// </summary>
internal sealed record SyncPolicy(TimeSpan FirstRetry, TimeSpan MaxRetry, int MaxAttempts, int CircuitThreshold, TimeSpan CircuitPause, TimeSpan ReadInterval)
{
    /// <summary>How long an attempt holds its push against a concurrent one; longer than two calls at the plugins' timeouts.</summary>
    public static readonly TimeSpan AttemptLease = TimeSpan.FromMinutes(2);

    public static SyncPolicy From(IConfiguration configuration) => new(
        configuration.PositiveSeconds("FirstRetrySeconds", TimeSpan.FromSeconds(30)),
        configuration.PositiveSeconds("MaxRetrySeconds", TimeSpan.FromHours(2)),
        configuration.GetValue("MaxAttempts", 12),
        configuration.GetValue("CircuitThreshold", 5),
        configuration.PositiveSeconds("CircuitPauseSeconds", TimeSpan.FromMinutes(1)),
        configuration.PositiveSeconds("ReadIntervalSeconds", TimeSpan.FromMinutes(1)));

    /// <summary>The wait after the failed attempt number <paramref name="attempts"/>, never shorter than the CRM asked.</summary>
    public TimeSpan RetryDelay(int attempts, TimeSpan? retryAfter)
    {
        var doubled = FirstRetry.TotalSeconds * Math.Pow(2, Math.Max(attempts - 1, 0));
        // Up to a tenth less at random, so pushes that failed together do not all retry in the same second.
        var backoff = TimeSpan.FromSeconds(Math.Min(doubled, MaxRetry.TotalSeconds) * (1 - 0.1 * Random.Shared.NextDouble()));
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }
}
