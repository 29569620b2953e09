namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>One line of a score's explanation.</summary>
/// <param name="Rule">The rule's name, <c>cap:&lt;group&gt;</c> for a cap's adjustment, or <c>decay</c> for the fading of engagement points.</param>
/// <param name="Points">What this line adds to the score; the lines sum exactly to it.</param>
internal sealed record ScoreReason(string Rule, int Points);
