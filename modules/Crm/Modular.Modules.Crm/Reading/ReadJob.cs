using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Syncs;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Reading;

/// <summary>
/// Reads a connector's CRM: new leads to qualify and outcomes to learn from. The next run is scheduled first, so a
/// failure or a crash here never ends the chain; a run that finds a later read already planned was replaced, and stops.
/// </summary>
internal sealed class ReadJob(
    CrmDbContext crm, ConnectorCatalog catalog, ConnectorSecrets secrets, LeadFeedReader leads, OutcomeFeedReader outcomes,
    IJobScheduler jobs, SyncPolicy policy, TimeProvider time) : IJobHandler
{
    public string JobType => ReadSchedule.JobType;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        var due = JsonSerializer.Deserialize<ReadDue>(payloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("A CRM read job without a payload.");
        var connector = await crm.Set<ConnectorConfiguration>().FirstOrDefaultAsync(c => c.Id == due.ConnectorId, cancellationToken);
        if (connector is null || !connector.Enabled || !(connector.ReadLeads || connector.ReadOutcomes) || connector.NextReadAt > due.Due)
            return;

        var next = time.GetUtcNow() + policy.ReadInterval;
        await jobs.ScheduleAsync(JobType, new ReadDue(connector.Id, next), next, cancellationToken);
        connector.NextReadAt = next;
        await crm.SaveChangesAsync(cancellationToken);

        var plugin = catalog.Find(connector.Type);
        var connection = secrets.ConnectionFor(connector);
        var errors = new List<string>();
        if (plugin is null)
            errors.Add($"The '{connector.Type}' connector plugin is not active on this server.");
        if (connector.ReadLeads && plugin is ICrmLeadFeed feed && await leads.ReadAsync(connector, feed, connection, cancellationToken) is { } leadError)
            errors.Add(leadError);
        if (connector.ReadOutcomes && plugin is ICrmOutcomeReader reader && await outcomes.ReadAsync(connector, reader, connection, cancellationToken) is { } outcomeError)
            errors.Add(outcomeError);
        var error = string.Join(" ", errors);
        connector.LastReadError = errors.Count == 0 ? null : error.Length > 1000 ? error[..1000] : error;
        await crm.SaveChangesAsync(cancellationToken);
    }
}
