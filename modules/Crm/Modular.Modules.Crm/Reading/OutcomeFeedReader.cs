using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Syncs;
using Modular.Modules.Leads.Contracts;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Reading;

/// <summary>
/// Feeds the deals won and lost in the CRM back to the leads they came from, for predictive scoring. An outcome is
/// matched by the record id a push stored (or the feed read); one about a record Modular never saw is skipped.
/// </summary>
internal sealed class OutcomeFeedReader(CrmDbContext crm, IMediator mediator, ICurrentTenant tenant, ILoggerFactory loggers)
{
    // Named by string: an ILogger<T> over a type of this module keeps a swapped-out version in memory.
    private readonly ILogger logger = loggers.CreateLogger("Modular.Modules.Crm.Reading");

    /// <returns>Why reading stopped early, or null.</returns>
    public async Task<string?> ReadAsync(ConnectorConfiguration connector, ICrmOutcomeReader reader, CrmConnection connection, CancellationToken cancellationToken)
    {
        var failure = await CursorFeed.ReadAsync(
            connector.OutcomeCursor,
            async cursor =>
            {
                var page = await reader.ReadOutcomesAsync(connection, cursor, cancellationToken);
                return (page.Outcomes, page.NextCursor, page.Failure);
            },
            outcome => RecordAsync(connector, outcome, cancellationToken),
            async next =>
            {
                connector.OutcomeCursor = next;
                await crm.SaveChangesAsync(cancellationToken);
            });
        return failure is null ? null : $"Reading outcomes failed: {failure.Message ?? failure.Outcome.ToString()}";
    }

    private async Task RecordAsync(ConnectorConfiguration connector, CrmOutcome outcome, CancellationToken cancellationToken)
    {
        var leadIds = await crm.Set<CrmSync>().Where(s => s.ConnectorId == connector.Id && s.RemoteId == outcome.RemoteId)
            .Select(s => s.LeadId).Distinct().ToListAsync(cancellationToken);
        foreach (var leadId in leadIds)
        {
            try
            {
                await mediator.Send(new RecordLeadOutcome(tenant.RequiredTenantId, leadId, outcome.Won, outcome.AmountMinor, outcome.Currency, $"crm:{connector.Type}"), cancellationToken);
            }
            catch (ArgumentException e)
            {
                // A connector's bad amount or currency must not stop the feed: the outcome is skipped, and said so.
                logger.LogWarning("Skipped an outcome from the {Type} connector: {Reason}", connector.Type, e.Message);
            }
        }
    }
}
