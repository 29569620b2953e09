using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Imports.GetImportErrors;

/// <summary>GET /api/v1/imports/{id}/errors: the rows that did not become leads, as a CSV file (row,error,line), streamed from the database.</summary>
internal static class GetImportErrorsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/imports/{id:guid}/errors", Handle)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Downloads the rows of a CSV import that failed, as CSV: row (numbered as a spreadsheet does, the header being row 1), error, and the line as sent.")
            .RecordsAudit(AuditActions.ImportErrorsExported, "import");

    private static async Task<IResult> Handle(Guid id, LeadsDbContext leads, CancellationToken cancellationToken)
    {
        if (!await leads.Set<LeadImport>().AnyAsync(i => i.Id == id, cancellationToken))
            return LeadProblems.NotFound("Import", id);

        return TypedResults.Stream(async body =>
        {
            await using var csv = CsvWriter.Create(body, CsvWriterOptions.Default, leaveOpen: true);
            csv.WriteRecord(["row", "error", "line"]);
            var errors = leads.Set<LeadImportError>().AsNoTracking().Where(e => e.ImportId == id).OrderBy(e => e.Row).AsAsyncEnumerable();
            await foreach (var error in errors.WithCancellation(cancellationToken))
                await csv.WriteRecordAsync([error.Row.ToString(CultureInfo.InvariantCulture), error.Error, error.Line], cancellationToken);
        }, "text/csv; charset=utf-8", $"import-{id}-errors.csv");
    }
}
