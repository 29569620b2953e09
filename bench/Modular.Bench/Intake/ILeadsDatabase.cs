namespace Modular.Bench.Intake;

/// <summary>The host's database as the bench sees it from outside: the baseline's insert and the checks around a round.</summary>
internal interface ILeadsDatabase : IAsyncDisposable
{
    string Description { get; }

    /// <summary>The baseline's whole job: one INSERT of the row the intake would store.</summary>
    Task InsertAsync(LeadRow row, CancellationToken cancellationToken);

    /// <summary>Events the intake wrote to the outbox that the host has not published yet.</summary>
    Task<long> UndispatchedEventsAsync();

    Task<long> LeadCountAsync();

    /// <summary>
    /// Brings the planner's statistics up to date, as the database's own maintenance would in a host that has run for
    /// a while: a round adds tens of thousands of rows in seconds, sooner than autovacuum looks (every minute), and
    /// PostgreSQL then plans the hook's lookups for the nearly empty table it last measured.
    /// </summary>
    Task RefreshStatisticsAsync();
}
