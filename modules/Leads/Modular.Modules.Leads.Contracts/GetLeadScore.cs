using MediatR;

namespace Modular.Modules.Leads.Contracts;

/// <summary>Asks the Leads module for a lead's score explained, for reports and alerts; another tenant's lead answers null.</summary>
/// <param name="TenantId">The lead's tenant.</param>
/// <param name="LeadId">The lead.</param>
public sealed record GetLeadScore(Guid TenantId, Guid LeadId) : IRequest<LeadScoreSummary?>;

/// <summary>A lead's score with the reasons that sum to it.</summary>
/// <param name="Score">0 to 100.</param>
/// <param name="Reasons">The scoring policy's rules that gave points, with the points each gave; they sum to <paramref name="Score"/>.</param>
/// <param name="WinProbability">The tenant's win model's estimate, null until it has won and lost leads to learn from.</param>
public sealed record LeadScoreSummary(int Score, IReadOnlyList<ScoreReason> Reasons, double? WinProbability);

/// <summary>One line of a score's explanation.</summary>
/// <param name="Rule">The rule's name, or <c>cap:&lt;group&gt;</c> / <c>decay</c> for the policy's own adjustments.</param>
/// <param name="Points">Points it gave (negative for caps and decay).</param>
public sealed record ScoreReason(string Rule, int Points);
