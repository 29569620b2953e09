using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Sources.GetSource;

/// <summary>GET /api/v1/sources/{id}: one lead source, without its secret.</summary>
internal static class GetSourceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sources/{id:guid}", Handle).WithSummary("Shows a lead source.");

    private static async Task<Results<Ok<SourceView>, ProblemHttpResult>> Handle(Guid id, HttpRequest http, LeadsDbContext leads, CancellationToken cancellationToken) =>
        await leads.Set<LeadSource>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } source
            ? TypedResults.Ok(SourceView.From(source, http))
            : LeadProblems.NotFound("Lead source", id);
}
