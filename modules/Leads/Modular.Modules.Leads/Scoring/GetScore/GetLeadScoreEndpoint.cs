using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Current;
using Modular.Modules.Leads.Scoring.History;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Scoring.GetScore;

/// <summary>
/// GET /api/v1/leads/{id}/score: the lead's rule score with the (rule, points) lines that sum to it, its win
/// probability with the factors that weighed most, and how both changed, newest first.
/// </summary>
internal static class GetLeadScoreEndpoint
{
    private const int HistoryShown = 100;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads/{id:guid}/score", Handle).WithSummary("Explains a lead's score and win probability, with their history.")
            .RecordsAudit(AuditActions.ScoreRead, "lead");

    private static async Task<Results<Ok<LeadScoreView>, ProblemHttpResult>> Handle(Guid id, LeadsDbContext leads, CancellationToken cancellationToken)
    {
        var lead = await leads.Set<Lead>().AsNoTracking().Where(l => l.Id == id).Select(l => new { l.Score, l.WinProbability }).SingleOrDefaultAsync(cancellationToken);
        if (lead is null)
            return LeadProblems.NotFound("Lead", id);

        var current = await leads.Set<CurrentScore>().AsNoTracking().SingleOrDefaultAsync(s => s.LeadId == id, cancellationToken);
        var history = await leads.Set<ScoreChange>().AsNoTracking().Where(c => c.LeadId == id)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(HistoryShown).ToListAsync(cancellationToken);

        return TypedResults.Ok(new LeadScoreView(
            lead.Score,
            Reasons(current?.Reasons),
            lead.WinProbability,
            current is null ? [] : [.. (JsonSerializer.Deserialize(current.TopFactors, ScoringJsonContext.Default.ListWinFactor) ?? []).Select(f => new FactorView(f.Feature, f.Value, f.Weight))],
            [.. history.Select(c => new ScoreChangeView(
                c.At, c.Trigger, c.PreviousScore, c.Score, c.PreviousWinProbability, c.WinProbability, Reasons(c.Reasons),
                JsonSerializer.Deserialize(c.ThresholdsCrossed, ScoringJsonContext.Default.ListString) ?? []))]));
    }

    private static IReadOnlyList<ReasonView> Reasons(string? json) =>
        json is null ? [] : [.. (JsonSerializer.Deserialize(json, ScoringJsonContext.Default.ListScoreReason) ?? []).Select(r => new ReasonView(r.Rule, r.Points))];
}

/// <summary>A lead's score explained.</summary>
/// <param name="Reasons">Sum exactly to <paramref name="Score"/>; <c>cap:&lt;group&gt;</c> and <c>decay</c> lines are the policy's own adjustments.</param>
/// <param name="WinProbability">Null until the tenant's history holds a won and a lost lead.</param>
/// <param name="TopFactors">Weight is ln P(value | won) − ln P(value | lost): positive favours winning.</param>
internal sealed record LeadScoreView(
    int Score, IReadOnlyList<ReasonView> Reasons, double? WinProbability, IReadOnlyList<FactorView> TopFactors, IReadOnlyList<ScoreChangeView> History);

internal sealed record ReasonView(string Rule, int Points);

internal sealed record FactorView(string Feature, string Value, double Weight);

internal sealed record ScoreChangeView(
    DateTimeOffset At, string Trigger, int PreviousScore, int Score, double? PreviousWinProbability, double? WinProbability,
    IReadOnlyList<ReasonView> Reasons, IReadOnlyList<string> ThresholdsCrossed);
