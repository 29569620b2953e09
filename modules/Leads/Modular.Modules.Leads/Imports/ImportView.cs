using Microsoft.AspNetCore.Http;

namespace Modular.Modules.Leads.Imports;

/// <summary>An import as the API shows it: progress (rows done of the total, once counted), what became of the rows, where to download the failed ones.</summary>
internal sealed record ImportView(
    Guid Id, Guid SourceId, string Status, int RowsDone, int? RowsTotal, int Imported, int Merged, int Failed, string ErrorsUrl,
    string? Error, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt)
{
    public static ImportView From(LeadImport import, HttpRequest request) => new(
        import.Id, import.SourceId, import.Status.ToString().ToLowerInvariant(), import.RowsDone, import.RowsTotal,
        import.Imported, import.Merged, import.Failed, $"{request.Scheme}://{request.Host}{request.PathBase}{ErrorsPath(import.Id)}",
        import.Error, import.CreatedAt, import.StartedAt, import.CompletedAt);

    public static string Path(Guid id) => $"/api/v1/imports/{id}";

    public static string ErrorsPath(Guid id) => $"{Path(id)}/errors";
}
