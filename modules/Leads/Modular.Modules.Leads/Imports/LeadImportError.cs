using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Imports;

/// <summary>A row of an import that did not become a lead: its number as a spreadsheet shows it (the header is row 1), why, and the line as written.</summary>
internal sealed class LeadImportError : ITenantOwned
{
    public const int MaxLineLength = 4000;
    public const int MaxErrorLength = 500;

    public Guid ImportId { get; init; }
    public int Row { get; init; }
    public Guid TenantId { get; init; }
    public required string Error { get; init; }
    public required string Line { get; init; }

    public static LeadImportError For(LeadImport import, int row, string error, string line) => new()
    {
        ImportId = import.Id,
        Row = row,
        TenantId = import.TenantId,
        Error = Cut(error, MaxErrorLength),
        Line = Cut(line.TrimEnd('\r', '\n'), MaxLineLength),
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
