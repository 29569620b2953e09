using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Leads.UpdateLead;

/// <summary>
/// Finds a lead the client may change. A merged lead is frozen behind its survivor: its values are what an unmerge
/// compares against to tell which filled fields were changed since, so every edit goes to the survivor instead.
/// </summary>
internal static class EditableLead
{
    public static async Task<(Lead? Lead, ProblemHttpResult? Problem)> FindAsync(LeadsDbContext leads, Guid id, CancellationToken cancellationToken)
    {
        var lead = await leads.Set<Lead>().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return lead switch
        {
            null => (null, LeadProblems.NotFound("Lead", id)),
            { MergedIntoId: { } survivorId } => (null, Conflict("The lead is merged",
                $"Lead {id} was merged into lead {survivorId}; change that lead instead, or unmerge this one first.")),
            _ => (lead, null),
        };
    }

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
