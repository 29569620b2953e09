namespace Modular.Modules.Leads.Imports.Csv;

/// <summary>One record of a file: its number as a spreadsheet shows it (the header is row 1), its values, the text as written, and what is wrong with it if anything.</summary>
internal sealed record CsvRow(int Number, string[] Values, string Raw, string? Problem);
