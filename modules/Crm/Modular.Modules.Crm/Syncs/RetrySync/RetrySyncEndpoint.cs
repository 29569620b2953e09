using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Shared;

namespace Modular.Modules.Crm.Syncs.RetrySync;

/// <summary>POST /api/v1/crm/syncs/{id}/retry: once the cause is fixed (a new token, a field the CRM wanted), a parked push goes again.</summary>
internal static class RetrySyncEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crm/syncs/{id:guid}/retry", Handle)
            .WithSummary("Queues a parked push again with a fresh count of attempts. What already reached the CRM is not written twice.");

    private static async Task<Results<Accepted<SyncView>, ProblemHttpResult>> Handle(Guid id, CrmDbContext crm, SyncQueue queue, CancellationToken cancellationToken)
    {
        if (await crm.Set<CrmSync>().FindAsync([id], cancellationToken) is not { } sync)
            return CrmProblems.NotFound("Push", id);
        if (sync.Status != SyncStatuses.Parked)
            return CrmProblems.NotParked(id, sync.Status);
        await queue.RequeueAsync(sync, cancellationToken);
        return TypedResults.Accepted($"/api/v1/leads/{sync.LeadId}/crm-syncs", SyncView.From(sync));
    }
}
