namespace Modular.Modules.Leads.Merging.MergeLeads;

/// <summary>The lead to merge into the one the URL names.</summary>
internal sealed record MergeLeadsRequest(Guid? DuplicateId);

/// <summary>
/// A merge as done: the log entry's id (to refer to it later), both leads, what the survivor gained (camelCase
/// field names and <c>attributes.&lt;name&gt;</c>), and whether the survivor was the older lead, as intake would choose.
/// </summary>
internal sealed record MergeView(Guid MergeId, Guid SurvivorId, Guid MergedId, IReadOnlyList<string> Filled, bool SurvivorIsOlder);
