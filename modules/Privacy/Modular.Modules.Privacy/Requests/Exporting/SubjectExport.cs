using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Privacy.Requests.Exporting;

/// <summary>What an access or portability request answers: the request, and every category of data with why it is held.</summary>
internal sealed record SubjectExport(Guid RequestId, string RequestType, DateTimeOffset ReceivedAt, DateTimeOffset ExportedAt, IReadOnlyList<SubjectDataSection> Sections)
{
    /// <summary>The columns of the table saying why each category is held (<c>about.csv</c>, the "About" sheet).</summary>
    public static readonly IReadOnlyList<string> AboutColumns =
        ["module", "category", "records", "purpose", "legal basis", "recipients", "retention", "source", "logic"];

    /// <summary>The section's row in that table, in <see cref="AboutColumns"/>' order.</summary>
    public static string?[] AboutRow(SubjectDataSection section) =>
    [
        section.Module, section.Category, section.Records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        section.Grounds.Purpose, section.Grounds.LegalBasis, section.Grounds.Recipients, section.Grounds.Retention,
        section.Grounds.Source, section.Logic,
    ];

    /// <summary>The section's records as rows of <see cref="ColumnsOf"/>, a missing value as null.</summary>
    public static IEnumerable<string?[]> RowsOf(SubjectDataSection section, IReadOnlyList<string> columns) =>
        section.Records.Select(record => columns.Select(c => record.GetValueOrDefault(c)).ToArray());

    /// <summary>Every column any record of the section has, in the order first met, for tabular formats.</summary>
    public static IReadOnlyList<string> ColumnsOf(SubjectDataSection section) =>
        [.. section.Records.SelectMany(record => record.Keys).Distinct()];

    /// <summary>A file or sheet name for the section: module and category, only letters, digits and dashes.</summary>
    public static string NameOf(SubjectDataSection section) =>
        new string($"{section.Module}-{section.Category}".Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
