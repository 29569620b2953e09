using System.Globalization;
using System.IO.Compression;
using CsvHelper;

namespace Modular.Modules.Privacy.Requests.Exporting;

/// <summary>
/// The export as a zip of CSV files: <c>about.csv</c> says why each category is held, then one file per category
/// with a column per field, so a person opens it in any spreadsheet.
/// </summary>
internal static class CsvExport
{
    public static async Task WriteAsync(SubjectExport export, Stream body, CancellationToken cancellationToken)
    {
        // ZipArchive writes synchronously when it closes; a buffer keeps Kestrel from refusing synchronous writes.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "about.csv", SubjectExport.AboutColumns, export.Sections.Select(SubjectExport.AboutRow));
            foreach (var section in export.Sections)
            {
                var columns = SubjectExport.ColumnsOf(section);
                WriteEntry(zip, $"{SubjectExport.NameOf(section)}.csv", columns, SubjectExport.RowsOf(section, columns));
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(body, cancellationToken);
    }

    private static void WriteEntry(ZipArchive zip, string name, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var csv = CsvWriter.Create(zip.CreateEntry(name).Open(), CsvWriterOptions.Default);
        csv.WriteRecord([.. header]);
        foreach (var row in rows)
            csv.WriteRecord([.. row.Select(value => value ?? "")]);
    }
}
