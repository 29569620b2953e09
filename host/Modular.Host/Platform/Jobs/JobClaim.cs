using System.Linq.Expressions;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
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
            : await ClaimOneByOneAsync(database, now, cancellationToken);
        return claimed.Count == 0 ? [] : await database.Jobs.AsNoTracking().Where(j => claimed.Contains(j.Id)).OrderBy(j => j.RunAt).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// PostgreSQL, several instances: the rows are locked while they are marked, and rows another runner is marking
    /// are skipped rather than waited for, so runners never block each other nor take the same job.
    /// </summary>
    private async Task<List<Guid>> ClaimSkippingLockedAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = database.Model.FindEntityType(typeof(Job))!;
        var table = database.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        // Identifiers come from the model, values are parameters.
        var sql = $$"""
            SELECT "Id" AS "Value" FROM {{table}}
            WHERE ("Status" = {0} AND "RunAt" <= {2}) OR ("Status" = {1} AND "LockedUntil" <= {2} AND "Attempts" < "MaxAttempts")
            ORDER BY "RunAt"
            LIMIT {3}
            FOR UPDATE SKIP LOCKED
            """;
        await using var transaction = await database.Database.BeginTransactionAsync(cancellationToken);
        var ids = await database.Database.SqlQueryRaw<Guid>(sql, nameof(JobStatus.Pending), nameof(JobStatus.Running), now, options.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count > 0)
            await database.Jobs.Where(j => ids.Contains(j.Id)).ExecuteUpdateAsync(Claim(now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    /// <summary>
    /// SQLite, one instance: SQLite runs one write at a time, so an update that re-checks the job is still due and
    /// reports one row changed is a claim nobody else got, even when two runners share the file.
    /// </summary>
    private async Task<List<Guid>> ClaimOneByOneAsync(PlatformDbContext database, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await database.Jobs.Where(DueAt(now)).OrderBy(j => j.RunAt).Select(j => j.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        var claimed = new List<Guid>();
        foreach (var id in candidates)
        {
            if (await database.Jobs.Where(j => j.Id == id).Where(DueAt(now)).ExecuteUpdateAsync(Claim(now), cancellationToken) == 1)
                claimed.Add(id);
        }
        return claimed;
    }

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
