namespace Modular.Modules.Privacy.Contracts;

/// <summary>
/// Why a module holds a category of data about a subject (GDPR art. 15(1)): the answer a data controller owes the
/// person, written once per category by the module that holds it.
/// </summary>
/// <param name="Purpose">What it is used for, for example <c>contact the lead and qualify the request</c>.</param>
/// <param name="LegalBasis">Art. 6 basis, for example <c>consent</c> or <c>legitimate interest</c>.</param>
/// <param name="Recipients">Who receives it, for example <c>the tenant's sales team; SMS provider</c>.</param>
/// <param name="Retention">How long it is kept, for example <c>3 years from the last reply</c>.</param>
/// <param name="Source">Where it came from, for example <c>the lead's web form</c>.</param>
public sealed record ProcessingGrounds(string Purpose, string LegalBasis, string Recipients, string Retention, string Source);

/// <summary>One category of data a module holds about a subject, with every record of it.</summary>
/// <param name="Module">The module's id, for example <c>leads</c>.</param>
/// <param name="Category">What the records are, for example <c>conversation messages</c>.</param>
/// <param name="Grounds">Why it is held.</param>
/// <param name="Records">The records, each a flat set of named values, so they export as JSON, CSV and spreadsheet rows alike.</param>
/// <param name="Logic">
/// For automated decisions (scoring, the answer interpreter): meaningful information about the logic involved and its
/// significance (GDPR art. 15(1)(h)); null otherwise.
/// </param>
public sealed record SubjectDataSection(
    string Module,
    string Category,
    ProcessingGrounds Grounds,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Records,
    string? Logic = null);
