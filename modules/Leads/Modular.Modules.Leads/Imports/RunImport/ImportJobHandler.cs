using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Imports.Csv;
using Modular.Modules.Leads.Intake;
using Modular.Modules.Leads.Sources;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Imports.RunImport;

/// <summary>
/// Runs an import: counts the rows (one streaming pass, which also settles the encoding), then feeds them to the
/// intake a batch at a time. Each batch commits its leads, its failed rows and the import's progress together, so a
/// run that dies — or a second run of the same job — starts again after the last committed row and never takes a
/// row twice. The file is deleted once the import is complete.
/// </summary>
internal sealed class ImportJobHandler(LeadsDbContext leads, LeadIntake intake, ImportFiles files, ImportOptions options, TimeProvider time) : IJobHandler
{
    public const string Type = "leads.import";

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        var job = ImportJob.Parse(payloadJson);
        var import = await leads.Set<LeadImport>().SingleOrDefaultAsync(i => i.Id == job.ImportId, cancellationToken);
        if (import is null or { Status: ImportStatus.Completed or ImportStatus.Failed })
            return;

        var path = files.PathOf(import.StoredFile);
        if (!File.Exists(path))
        {
            await FailAsync(import, "The uploaded file is no longer in the data folder; upload it again.", cancellationToken);
            return;
        }

        var delimiter = import.Delimiter[0];
        if (import.RowsTotal is null || import.Encoding is null)
        {
            var (rows, encoding) = await CsvFile.CountAsync(path, delimiter, cancellationToken);
            import.RowsTotal = rows;
            import.Encoding = encoding;
            import.Status = ImportStatus.Running;
            import.StartedAt = time.GetUtcNow();
            await leads.SaveChangesAsync(cancellationToken);
        }

        var source = await leads.Set<LeadSource>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == import.SourceId, cancellationToken);
        var batch = new ImportBatch(import, new IntakeContext(source, import.CreatedBy, IpAddress: null), leads, intake);
        try
        {
            var encoding = CsvDialect.Strict(import.Encoding);
            var columns = ImportColumns.FromHeader(await CsvFile.HeaderAsync(path, delimiter, encoding, cancellationToken));
            var rows = new List<CsvRow>(options.BatchSize);
            var read = 0;
            await foreach (var row in CsvFile.ReadAsync(path, delimiter, encoding, cancellationToken))
            {
                if (++read <= import.RowsDone)
                    continue;
                rows.Add(row);
                if (rows.Count == options.BatchSize)
                {
                    await batch.CommitAsync(columns, rows, cancellationToken);
                    rows.Clear();
                }
            }
            if (rows.Count > 0)
                await batch.CommitAsync(columns, rows, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run of this import committed first (a job that outlived its lease): it carries on; this one stops.
            return;
        }

        leads.Attach(import);
        import.Status = ImportStatus.Completed;
        import.CompletedAt = time.GetUtcNow();
        await leads.SaveChangesAsync(cancellationToken);
        // The rows are leads now (or errors holding their lines): the file's copy of personal data has no further use.
        files.Delete(import.StoredFile);
    }

    /// <summary>The job ran out of attempts: the import says so instead of showing "running" for ever.</summary>
    public async Task GaveUpAsync(string payloadJson, string error, CancellationToken cancellationToken)
    {
        var import = await leads.Set<LeadImport>().SingleOrDefaultAsync(i => i.Id == ImportJob.Parse(payloadJson).ImportId, cancellationToken);
        if (import is not null and { Status: not (ImportStatus.Completed or ImportStatus.Failed) })
            await FailAsync(import, $"The import stopped after repeated errors; the rows done so far are kept. Last error: {error}", cancellationToken);
    }

    private async Task FailAsync(LeadImport import, string error, CancellationToken cancellationToken)
    {
        import.Status = ImportStatus.Failed;
        import.Error = error;
        import.CompletedAt = time.GetUtcNow();
        await leads.SaveChangesAsync(cancellationToken);
    }
}
