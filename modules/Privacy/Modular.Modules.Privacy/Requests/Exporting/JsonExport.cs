using System.Text.Json;

namespace Modular.Modules.Privacy.Requests.Exporting;

/// <summary>The export as one JSON document: machine-readable, for portability (art. 20).</summary>
internal static class JsonExport
{
    public static Task WriteAsync(SubjectExport export, Stream body, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(body, new
        {
            request = new { id = export.RequestId, type = export.RequestType, receivedAt = export.ReceivedAt, exportedAt = export.ExportedAt },
            sections = export.Sections.Select(s => new
            {
                module = s.Module,
                category = s.Category,
                purpose = s.Grounds.Purpose,
                legalBasis = s.Grounds.LegalBasis,
                recipients = s.Grounds.Recipients,
                retention = s.Grounds.Retention,
                source = s.Grounds.Source,
                logic = s.Logic,
                records = s.Records,
            }),
        }, JsonSerializerOptions.Web, cancellationToken);
}
