using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Crm.Shared;
using Modular.Modules.Leads.Contracts;
using Modular.Sdk.Platform;
using Modular.Sdk.Modules;

namespace Modular.Modules.Crm.Syncs.SyncLead;

/// <summary>POST /api/v1/leads/{id}/crm-sync: pushes a lead, with its report when it has one, to the tenant's CRM now, whatever its verdict.</summary>
internal static class SyncLeadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/leads/{id:guid}/crm-sync", Handle)
            .WithSummary("Pushes the lead and its qualification report to every enabled CRM connector (or the one named by connectorId) now. "
                + "Answers 202 with the pushes; follow them at GET /api/v1/leads/{id}/crm-syncs. Pushing again updates the same CRM record.")
            .RecordsAudit("lead.crm-sync-requested", "lead");

    private static async Task<Results<Accepted<SyncList>, ProblemHttpResult>> Handle(
        Guid id, SyncLeadRequest? request, SyncQueue queue, IMediator mediator, ICurrentTenant tenant, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetLeadContact(tenant.RequiredTenantId, id), cancellationToken) is not { } lead)
            return CrmProblems.NotFound("Lead", id);
        var connectors = await queue.EnabledConnectorsAsync(cancellationToken);
        if (request?.ConnectorId is { } connectorId)
        {
            connectors = [.. connectors.Where(c => c.Id == connectorId)];
            if (connectors.Count == 0)
                return CrmProblems.NotFound("Enabled connector", connectorId);
        }
        if (connectors.Count == 0)
            return CrmProblems.NoConnector();
        var queued = await queue.QueueAsync(lead.LeadId, connectors, SyncQueue.ByHand, null, cancellationToken);
        return TypedResults.Accepted($"/api/v1/leads/{lead.LeadId}/crm-syncs", new SyncList([.. queued.Select(SyncView.From)]));
    }
}

/// <param name="ConnectorId">Push through this connector only; every enabled one when omitted.</param>
internal sealed record SyncLeadRequest(Guid? ConnectorId);

internal sealed record SyncList(IReadOnlyList<SyncView> Items);
