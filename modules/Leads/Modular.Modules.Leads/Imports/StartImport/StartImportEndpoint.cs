using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Imports.Csv;
using Modular.Modules.Leads.Imports.RunImport;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Sources;
using Modular.Sdk.Platform;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Imports.StartImport;

/// <summary>
/// POST /api/v1/sources/{id}/imports: the CSV file is the raw body, streamed to the data folder (never held in
/// memory) and stored before the 202; a job then feeds its rows to the intake. Anything refused here leaves nothing behind.
/// </summary>
internal static class StartImportEndpoint
{
    private static readonly string[] CsvMediaTypes = ["text/csv", "application/csv"];

    public static void Map(IEndpointRouteBuilder api, ImportOptions options) =>
        api.MapPost("/sources/{id:guid}/imports", Handle)
            .Accepts<Stream>(false, CsvMediaTypes[0], CsvMediaTypes[1..])
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxFileBytes))
            .WithSummary("Imports a CSV file of leads into a source (of any format): send the file as the body with Content-Type text/csv. "
                + "Separator , or ; (told from the header line); UTF-8 or Windows-1252. Headers name lead fields as the JSON API does, in any case, "
                + "or in common French and English spellings (prénom, nom, e-mail, courriel, téléphone, mobile, ville, code postal, pays, société…); "
                + "other columns become attributes. Answers 202 with the import; follow its Location for progress (rowsDone of rowsTotal) "
                + "and its errorsUrl for the rows that failed (row as a spreadsheet numbers it, the header being row 1).")
            .RecordsAudit(AuditActions.ImportStarted, "source");

    private static async Task<IResult> Handle(
        Guid id, HttpContext http, LeadsDbContext leads, ICurrentTenant tenant, ImportFiles files, IJobScheduler jobs, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!IsCsv(http.Request.ContentType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send a CSV file",
                detail: $"The body must be a CSV file sent with Content-Type {string.Join(" or ", CsvMediaTypes)}; this request says '{http.Request.ContentType}'.");
        }
        if (!await leads.Set<LeadSource>().AnyAsync(s => s.Id == id, cancellationToken))
            return LeadProblems.NotFound("Lead source", id);

        var import = await StoreAsync(id, http, tenant.RequiredTenantId, files, time, cancellationToken);
        if (import.Problem is { } problem)
            return problem;

        leads.Add(import.Import!);
        await leads.SaveChangesAsync(cancellationToken);
        try
        {
            await jobs.ScheduleAsync(ImportJobHandler.Type, new ImportJob(import.Import!.Id), cancellationToken: cancellationToken);
        }
        catch
        {
            // Without its job the import would wait forever: take it back, and the client sees the failure.
            leads.Remove(import.Import!);
            await leads.SaveChangesAsync(CancellationToken.None);
            files.Delete(import.Import!.StoredFile);
            throw;
        }
        return TypedResults.Accepted(ImportView.Path(import.Import!.Id), ImportView.From(import.Import!, http.Request));
    }

    private static async Task<(LeadImport? Import, IResult? Problem)> StoreAsync(
        Guid sourceId, HttpContext http, Guid tenantId, ImportFiles files, TimeProvider time, CancellationToken cancellationToken)
    {
        var importId = Guid.CreateVersion7();
        var storedFile = ImportFiles.NameFor(tenantId, importId);
        var path = files.PathOf(storedFile);
        Directory.CreateDirectory(files.Folder);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await http.Request.Body.CopyToAsync(file, cancellationToken);
                // On disk, not in a cache, before the 202 says it is.
                file.Flush(flushToDisk: true);
            }

            if (new FileInfo(path).Length == 0)
                return Refuse(LeadProblems.BadRequest("The body is empty: send the CSV file, header line first."));
            if (await CsvDialect.ReadHeaderLineAsync(path, cancellationToken) is not { Length: > 0 } headerLine)
                return Refuse(LeadProblems.BadRequest("The file's first line is empty: it must name the columns."));

            var delimiter = CsvDialect.DelimiterOf(headerLine);
            if (!ImportColumns.FromHeader(CsvFile.SplitHeader(headerLine, delimiter)).CanIdentifyALead)
            {
                return Refuse(LeadProblems.Invalid(
                    $"No column holds an email address or a phone number (the header reads: {headerLine.Trim()}). Name one email, e-mail, courriel, phone, téléphone or mobile."));
            }

            return (new LeadImport
            {
                Id = importId,
                TenantId = tenantId,
                SourceId = sourceId,
                Status = ImportStatus.Queued,
                StoredFile = storedFile,
                Delimiter = delimiter.ToString(),
                CreatedBy = Actors.From(http.User),
                CreatedAt = time.GetUtcNow(),
            }, null);
        }
        catch
        {
            // An oversized or broken upload (413, a reset connection) leaves no file behind.
            File.Delete(path);
            throw;
        }

        (LeadImport?, IResult?) Refuse(IResult problem)
        {
            File.Delete(path);
            return (null, problem);
        }
    }

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && CsvMediaTypes.Any(type => string.Equals(parsed.MediaType.Value, type, StringComparison.OrdinalIgnoreCase));
}
