using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;

namespace Modular.Modules.Leads.Sources.ListSources;

/// <summary>GET /api/v1/sources: the tenant's lead sources, oldest first, without their secrets.</summary>
internal static class ListSourcesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sources", Handle).WithSummary("Lists the lead sources.");

    private static async Task<Ok<SourceView[]>> Handle(HttpRequest http, LeadsDbContext leads, CancellationToken cancellationToken)
    {
        var sources = await leads.Set<LeadSource>().AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(sources.Select(s => SourceView.From(s, http)).ToArray());
    }
}
