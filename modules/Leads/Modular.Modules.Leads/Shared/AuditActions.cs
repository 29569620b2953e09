namespace Modular.Modules.Leads.Shared;

/// <summary>
/// What the Leads module records in the audit trail: every read, export and change of a lead's personal data by a
/// user or an API key. Subjects are <c>lead:&lt;id&gt;</c> (or <c>import:</c>, <c>source:</c>, <c>leads</c> for a listing).
/// Leads arriving through a source's hook are not recorded one by one: the source collects them, with the consent
/// proof and the timeline as their record, and auditing that hot path would put a chained write on every submission.
/// </summary>
internal static class AuditActions
{
    public const string Read = "lead.read";
    public const string Listed = "lead.listed";
    public const string Created = "lead.created";
    public const string Rectified = "lead.rectified";
    public const string TagsChanged = "lead.tags-changed";
    public const string OutcomeRecorded = "lead.outcome-recorded";
    public const string Merged = "lead.merged";
    public const string Unmerged = "lead.unmerged";
    public const string SimilarRead = "lead.similar-read";
    public const string ScoreRead = "lead.score-read";
    public const string ImportStarted = "lead.import-started";
    public const string ImportErrorsExported = "lead.import-errors-exported";
}
