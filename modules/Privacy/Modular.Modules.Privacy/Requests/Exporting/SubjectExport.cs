using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Privacy.Requests.Exporting;

/// <summary>What an access or portability request answers: the request, and every category of data with why it is held.</summary>
internal sealed record SubjectExport(Guid RequestId, string RequestType, DateTimeOffset ReceivedAt, DateTimeOffset ExportedAt, IReadOnlyList<SubjectDataSection> Sections)
{
    /// <summary>Every column any record of the section has, in the order first met, for tabular formats.</summary>
    public static IReadOnlyList<string> ColumnsOf(SubjectDataSection section) =>
        [.. section.Records.SelectMany(record => record.Keys).Distinct()];

    /// <summary>A file or sheet name for the section: module and category, only letters, digits and dashes.</summary>
    public static string NameOf(SubjectDataSection section) =>
        new string($"{section.Module}-{section.Category}".Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
