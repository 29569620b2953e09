using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Imports;

/// <summary>
/// A CSV file of leads being fed, row by row, to the intake. The file waits under the data folder until the import
/// completes; the counters move forward only in the transaction that stores the rows they count, so a run that dies
/// resumes after the last row it committed.
/// </summary>
internal sealed class LeadImport : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid SourceId { get; init; }
    public ImportStatus Status { get; set; }

    /// <summary>The stored file's name inside the imports folder.</summary>
    public required string StoredFile { get; init; }

    /// <summary>The field separator, as the header line showed it: <c>,</c> or <c>;</c> (French Excel).</summary>
    public required string Delimiter { get; init; }

    /// <summary>The file's text encoding, known once the job has read it through: utf-8, or windows-1252 (Excel's ANSI).</summary>
    public string? Encoding { get; set; }

    /// <summary>Data rows in the file (the header excluded); null until the job has counted them.</summary>
    public int? RowsTotal { get; set; }

    public int RowsDone { get; set; }
    public int Imported { get; set; }
    public int Merged { get; set; }
    public int Failed { get; set; }

    /// <summary>Who uploaded it, as the timeline names actors.</summary>
    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Why the whole import stopped (not a row's error: those are <see cref="LeadImportError"/>s).</summary>
    public string? Error { get; set; }
}
