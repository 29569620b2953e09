using System.Linq.Expressions;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Modular.Host.Platform.Claims;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Jobs;

/// <summary>
/// Takes the jobs that are due for this runner, so that across every instance sharing the database each claim goes
/// to one runner only. A job is due when it is pending and its time has come, or when it is running but its
/// runner's lease has ended (that runner died or hung).
/// </summary>
internal sealed class JobClaim(ILifetimeScope root, JobOptions options, TimeProvider time)
{
    public async Task<IReadOnlyList<Job>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var database = scope.Resolve<PlatformDbContext>();
        var now = time.GetUtcNow();
        await BuryAbandonedAsync(database, now, cancellationToken);

        var claimed = DatabaseNaming.IsPostgres(database.Database.ProviderName)
            ? await ClaimSkippingLockedAsync(database, now, cancellationToken)
            : await ClaimUnderWriteLockAsync(database, now, cancellationToken);
        return claimed.Count == 0 ? [] : await database.Jobs.AsNoTracking().Where(j => claimed.Contains(j.Id)).OrderBy(j => j.RunAt).ToListAsync(cancellationToken);
    }

    private Task<List<Guid>> ClaimSkippingLockedAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken) =>
        RowClaim.SkippingLockedAsync(
            database,
            """
            WHERE ("Status" = {0} AND "RunAt" <= {2}) OR ("Status" = {1} AND "LockedUntil" <= {2} AND "Attempts" < "MaxAttempts")
            ORDER BY "RunAt"
            """,
            [nameof(JobStatus.Pending), nameof(JobStatus.Running), now],
            options.BatchSize,
            Claim(now),
            cancellationToken);

    private Task<List<Guid>> ClaimUnderWriteLockAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken) =>
        RowClaim.UnderWriteLockAsync(database, DueAt(now), j => j.RunAt, options.BatchSize, Claim(now), cancellationToken);

    /// <summary>A job whose runner died on its last attempt would otherwise stay running forever.</summary>
    private static Task<int> BuryAbandonedAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.Jobs
            .Where(j => j.Status == JobStatus.Running && j.LockedUntil <= now && j.Attempts >= j.MaxAttempts)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(j => j.Status, JobStatus.Failed)
                    .SetProperty(j => j.CompletedAt, now)
                    .SetProperty(j => j.LastError, j => "Its runner stopped during the last attempt (" + j.LockedBy + "); the lease expired.")
                    .SetProperty(j => j.LockedBy, (string?)null)
                    .SetProperty(j => j.LockedUntil, (DateTimeOffset?)null),
                cancellationToken);

    private static Expression<Func<Job, bool>> DueAt(DateTimeOffset now) => j =>
        (j.Status == JobStatus.Pending && j.RunAt <= now)
        || (j.Status == JobStatus.Running && j.LockedUntil <= now && j.Attempts < j.MaxAttempts);

    private Action<UpdateSettersBuilder<Job>> Claim(DateTimeOffset now) => set => set
        .SetProperty(j => j.Status, JobStatus.Running)
        .SetProperty(j => j.LockedBy, options.RunnerId)
        .SetProperty(j => j.LockedUntil, now + options.Lease)
        .SetProperty(j => j.Attempts, j => j.Attempts + 1);
}
