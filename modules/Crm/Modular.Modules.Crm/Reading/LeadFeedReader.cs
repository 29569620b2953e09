using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Syncs;
using Modular.Modules.Leads.Contracts;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Reading;

/// <summary>
/// Brings the records created in the CRM in as leads, to be qualified like any other. None is created twice: a
/// record Modular pushed itself is skipped, a record read again answers the lead it made (the intake's idempotency
/// key), and a person already known is merged by the intake. Each lead is tied to its record, so the push after its
/// verdict, and the outcomes read later, find it.
/// </summary>
internal sealed class LeadFeedReader(CrmDbContext crm, IMediator mediator, IOutbox outbox, ICurrentTenant tenant, TimeProvider time)
{
    /// <returns>Why reading stopped early, or null.</returns>
    public async Task<string?> ReadAsync(ConnectorConfiguration connector, ICrmLeadFeed feed, CrmConnection connection, CancellationToken cancellationToken)
    {
        var failure = await CursorFeed.ReadAsync(
            connector.LeadCursor,
            async cursor =>
            {
                var page = await feed.ReadNewLeadsAsync(connection, cursor, cancellationToken);
                return (page.Leads, page.NextCursor, page.Failure);
            },
            record => ReceiveAsync(connector, record, cancellationToken),
            async next =>
            {
                connector.LeadCursor = next;
                await crm.SaveChangesAsync(cancellationToken);
            });
        return failure is null ? null : $"Reading new leads failed: {failure.Message ?? failure.Outcome.ToString()}";
    }

    private async Task ReceiveAsync(ConnectorConfiguration connector, CrmIncomingLead record, CancellationToken cancellationToken)
    {
        if (await crm.Set<CrmSync>().AnyAsync(s => s.ConnectorId == connector.Id && s.RemoteId == record.RemoteId, cancellationToken))
            return;
        var fields = new Dictionary<string, string>();
        Add(fields, "email", record.Email);
        Add(fields, "phone", record.Phone);
        Add(fields, "firstName", record.FirstName);
        Add(fields, "lastName", record.LastName);
        Add(fields, "company", record.Company);
        fields[$"{connector.Type}RecordId"] = record.RemoteId;
        var received = await mediator.Send(new ReceiveLead(tenant.RequiredTenantId, fields, $"crm:{connector.Id}:{record.RemoteId}", $"crm:{connector.Type}"), cancellationToken);
        if (received.LeadId is not { } leadId)
            return;

        var now = time.GetUtcNow();
        crm.Add(new CrmSync
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            ConnectorId = connector.Id,
            LeadId = leadId,
            Trigger = SyncQueue.FromCrm,
            Status = SyncStatuses.Succeeded,
            RemoteId = record.RemoteId,
            CreatedAt = now,
            UpdatedAt = now,
        });
        var what = received.Created ? "New lead" : "Known lead";
        outbox.Add(new LeadActivity(leadId, "crm", "crm.received", $"{what} read from {connector.Name}, record {record.RemoteId}")
        {
            TenantId = tenant.RequiredTenantId,
            OccurredAt = now,
        });
        await crm.SaveChangesAsync(cancellationToken);
    }

    private static void Add(Dictionary<string, string> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            fields[name] = value.Trim();
    }
}
