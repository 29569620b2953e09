using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Shared;
using Modular.Modules.Crm.Syncs.SyncLead;
using Modular.Modules.Leads.Contracts;
using Modular.Sdk.Platform;
using Modular.Sdk.Modules;

namespace Modular.Modules.Crm.Syncs.ListSyncs;

/// <summary>GET /api/v1/leads/{id}/crm-syncs and GET /api/v1/crm/syncs?status=parked: pushes of one lead, or the tenant's pushes in a state.</summary>
internal static class ListSyncsEndpoint
{
    private const int PageSize = 100;

    public static void Map(IEndpointRouteBuilder api)
    {
        // A push's last error quotes the CRM, which may echo the lead's details back.
        api.MapGet("/leads/{id:guid}/crm-syncs", ForLead).WithSummary("The lead's pushes to the CRM, newest first.")
            .RecordsAudit("lead.crm-syncs-read", "lead");
        api.MapGet("/crm/syncs", InStatus)
            .WithSummary("The tenant's latest pushes (100), newest first; status=parked lists those waiting for a fix and a retry by hand.");
    }

    private static async Task<Results<Ok<SyncList>, ProblemHttpResult>> ForLead(
        Guid id, CrmDbContext crm, IMediator mediator, ICurrentTenant tenant, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetLeadContact(tenant.RequiredTenantId, id), cancellationToken) is null)
            return CrmProblems.NotFound("Lead", id);
        var syncs = await crm.Set<CrmSync>().Where(s => s.LeadId == id).OrderByDescending(s => s.CreatedAt).Take(PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new SyncList([.. syncs.Select(SyncView.From)]));
    }

    private static async Task<Results<Ok<SyncList>, ValidationProblem>> InStatus(string? status, CrmDbContext crm, CancellationToken cancellationToken)
    {
        if (status is not null && !SyncStatuses.All.Contains(status))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"One of {string.Join(", ", SyncStatuses.All)}."] });
        var query = crm.Set<CrmSync>().AsQueryable();
        if (status is not null)
            query = query.Where(s => s.Status == status);
        var syncs = await query.OrderByDescending(s => s.CreatedAt).Take(PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new SyncList([.. syncs.Select(SyncView.From)]));
    }
}
