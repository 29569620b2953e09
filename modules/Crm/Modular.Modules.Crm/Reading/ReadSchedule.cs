using Modular.Modules.Crm.Connectors;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Reading;

/// <summary>The job that reads a connector's CRM when due: each run schedules the next before it reads.</summary>
/// <param name="ConnectorId">The connector.</param>
/// <param name="Due">When this run was due; a run due before the connector's next read belongs to a replaced chain.</param>
internal sealed record ReadDue(Guid ConnectorId, DateTimeOffset Due);

/// <summary>Starts (or restarts) a connector's chain of reads.</summary>
internal sealed class ReadSchedule(IJobScheduler jobs, TimeProvider time)
{
    public const string JobType = "crm.read";

    /// <summary>Schedules a read now when the connector reads anything; call before saving the connector, so no chain is lost.</summary>
    public async Task StartAsync(ConnectorConfiguration connector, CancellationToken cancellationToken)
    {
        if (!connector.Enabled || !(connector.ReadLeads || connector.ReadOutcomes))
            return;
        var now = time.GetUtcNow();
        await jobs.ScheduleAsync(JobType, new ReadDue(connector.Id, now), now, cancellationToken);
        connector.NextReadAt = now;
    }
}
