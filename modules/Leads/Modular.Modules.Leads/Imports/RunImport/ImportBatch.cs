using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Imports.Csv;
using Modular.Modules.Leads.Intake;

namespace Modular.Modules.Leads.Imports.RunImport;

/// <summary>Commits a batch of rows: the leads they make, the rows that failed, and the import's counters, in one transaction.</summary>
internal sealed class ImportBatch(LeadImport import, IntakeContext context, LeadsDbContext leads, LeadIntake intake)
{
    public async Task CommitAsync(ImportColumns columns, IReadOnlyList<CsvRow> rows, CancellationToken cancellationToken)
    {
        var readable = rows.Where(r => Problem(columns, r) is null).ToList();
        // The intake clears the context after each batch; the import is tracked again so its counters can move.
        leads.Attach(import);
        try
        {
            await intake.ReceiveBatchAsync([.. readable.Select(r => columns.Read(r.Values))], context, outcomes => Record(columns, rows, readable, outcomes), cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // One row the database refuses must not stop the file: take the rows one by one to find it, and record it.
            if (rows.Count > 1)
            {
                foreach (var row in rows)
                    await CommitAsync(columns, [row], cancellationToken);
                return;
            }
            leads.Attach(import);
            await intake.ReceiveBatchAsync([], context, _ => RecordRefused(rows[0], $"The row could not be stored: {e.InnerException?.Message ?? e.Message}"), cancellationToken);
        }
    }

    private void Record(ImportColumns columns, IReadOnlyList<CsvRow> rows, List<CsvRow> readable, IReadOnlyList<BatchItemOutcome> outcomes)
    {
        import.RowsDone += rows.Count;
        foreach (var row in rows.Where(r => Problem(columns, r) is not null))
            Fail(row, Problem(columns, row)!);
        foreach (var (row, outcome) in readable.Zip(outcomes))
        {
            if (outcome.Rejection is { } rejection)
                Fail(row, rejection);
            else if (outcome.Outcome!.Result == IntakeResult.Merged)
                import.Merged++;
            else
                import.Imported++;
        }
    }

    private void RecordRefused(CsvRow row, string error)
    {
        import.RowsDone++;
        Fail(row, error);
    }

    private void Fail(CsvRow row, string error)
    {
        import.Failed++;
        leads.Add(LeadImportError.For(import, row.Number, error, row.Raw));
    }

    private static string? Problem(ImportColumns columns, CsvRow row) =>
        row.Problem
        ?? (row.Values.Skip(columns.Count).Any(v => !string.IsNullOrWhiteSpace(v))
            ? $"The row has {row.Values.Length} values; the header names {columns.Count} columns. Quote values that contain the separator."
            : null);
}
