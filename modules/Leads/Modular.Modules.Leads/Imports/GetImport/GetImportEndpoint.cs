using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Imports.GetImport;

/// <summary>GET /api/v1/imports/{id}: an import's progress and counts, as they stand at its last committed batch.</summary>
internal static class GetImportEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/imports/{id:guid}", Handle)
            .WithSummary("Shows a CSV import: status (queued, running, completed, failed), rowsDone of rowsTotal (null until counted), imported, merged and failed rows, and errorsUrl.");

    private static async Task<Results<Ok<ImportView>, ProblemHttpResult>> Handle(Guid id, HttpRequest http, LeadsDbContext leads, CancellationToken cancellationToken) =>
        await leads.Set<LeadImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } import
            ? TypedResults.Ok(ImportView.From(import, http))
            : LeadProblems.NotFound("Import", id);
}
