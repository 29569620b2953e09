using Modular.Modules.Leads.Scoring.Model;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Scoring.Scheduling;

/// <summary>
/// Each night, per tenant: retrain the win model, which then rescores every lead so engagement points decay with
/// the days. Schedules its next run first, so the chain outlives a failure of tonight's work.
/// </summary>
internal sealed class NightlyScoringJob(ScoringJobs jobs, TimeProvider time) : IJobHandler
{
    public const string Type = "leads.scoring-nightly";

    // Quiet hours for most of our clients' time zones (Europe); the exact hour matters less than once a day.
    private static readonly TimeSpan RunsAt = TimeSpan.FromHours(2);

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        if (!await jobs.ClaimAsync(Type, payloadJson, cancellationToken))
            return;

        await jobs.RequestAtAsync(Type, NextRun(time.GetUtcNow()), cancellationToken);
        await jobs.RequestAsync(RetrainWinModelJob.Type, TimeSpan.Zero, cancellationToken);
    }

    /// <summary>The next 02:00 UTC strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) + RunsAt;
        return today > now ? today : today.AddDays(1);
    }

    /// <summary>Starts the tenant's nightly chain if it is not running; cheap enough to call on every new lead.</summary>
    public static Task EnsureAsync(ScoringJobs jobs, TimeProvider time, CancellationToken cancellationToken) =>
        jobs.RequestAtAsync(Type, NextRun(time.GetUtcNow()), cancellationToken);
}
