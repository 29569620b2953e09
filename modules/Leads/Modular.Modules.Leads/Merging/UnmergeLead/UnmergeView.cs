namespace Modular.Modules.Leads.Merging.UnmergeLead;

/// <summary>
/// An undone merge: the lead restored, the lead it had been merged into, the fields the survivor gave back and the
/// ones it kept because they changed after the merge (or were its last contact detail).
/// </summary>
internal sealed record UnmergeView(Guid MergeId, Guid SurvivorId, Guid RestoredId, string RestoredStatus, IReadOnlyList<string> Cleared, IReadOnlyList<string> Kept);
