using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Modular.Modules.Privacy.Requests.Exporting;

/// <summary>The export as one spreadsheet: an "About" sheet saying why each category is held, then a sheet per category.</summary>
internal static class XlsxExport
{
    // Excel refuses longer sheet names.
    private const int MaxSheetName = 31;

    public static async Task WriteAsync(SubjectExport export, Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, "About", SubjectExport.AboutColumns, export.Sections.Select(SubjectExport.AboutRow));
            var index = 0;
            foreach (var section in export.Sections)
            {
                var columns = SubjectExport.ColumnsOf(section);
                var name = $"{++index} {SubjectExport.NameOf(section)}";
                AddSheet(workbook, name[..Math.Min(name.Length, MaxSheetName)], columns, SubjectExport.RowsOf(section, columns));
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(body, cancellationToken);
    }

    private static void AddSheet(WorkbookPart workbook, string name, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        var data = new SheetData();
        data.Append(Row(header));
        foreach (var row in rows)
            data.Append(Row(row));
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    // Inline strings: every value is text as the module gave it, and no shared-strings table is needed.
    private static Row Row(IEnumerable<string?> values) =>
        new(values.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v ?? "")) }));
}
