using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Alerts.Sending;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>GET /api/v1/leads/{leadId}/assignment: the rep a lead was given to once it reached its verdict, and the alerts they got.</summary>
internal static class GetLeadAssignmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads/{leadId:guid}/assignment", Handle)
            .WithSummary("Shows the rep a lead was assigned to when its conversation ended, and the alerts sent to them.");

    private static async Task<Results<Ok<LeadAssignmentView>, ProblemHttpResult>> Handle(
        Guid leadId, QualificationDbContext db, ITenantUsers users, ICurrentTenant tenant, CancellationToken cancellationToken)
    {
        var assignment = await db.Set<LeadAssignment>().AsNoTracking().FirstOrDefaultAsync(a => a.LeadId == leadId, cancellationToken);
        if (assignment is null)
            return QualificationProblems.NotFound("Assignment", leadId);

        var rep = (await users.ListAsync(tenant.RequiredTenantId, cancellationToken)).FirstOrDefault(u => u.Id == assignment.UserId);
        var alerts = await db.Set<AlertDelivery>().AsNoTracking().Where(d => d.LeadId == leadId).ToListAsync(cancellationToken);
        return TypedResults.Ok(LeadAssignmentView.Of(assignment, rep, alerts.OrderBy(d => d.UpdatedAt)));
    }
}
