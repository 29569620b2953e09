using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Current;
using Modular.Modules.Leads.Scoring.Engine;
using Modular.Modules.Leads.Scoring.Facts;
using Modular.Modules.Leads.Scoring.History;
using Modular.Modules.Leads.Scoring.Model;
using Modular.Modules.Leads.Scoring.Policies;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Timeline;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Scoring.Rescoring;

/// <summary>
/// Recomputes a lead's rule score and win probability and stores what changed: the score on the lead, its
/// explanation, a history row and a <see cref="LeadScored"/> event, all in one SaveChanges. Rescoring an unchanged
/// lead writes nothing, so every caller (event handlers delivered twice, jobs run twice) may rescore freely.
/// </summary>
internal sealed class LeadRescorer(
    LeadsDbContext leads, LeadFactsBuilder factsBuilder, ScoringPolicies policies, WinModels models, IOutbox outbox, TimeProvider time)
{
    // Each retry rereads the lead after another rescoring won the race; losing three in a row means a storm the job runner's retry handles better.
    private const int MaxAttempts = 3;

    public async Task<ScoringSetup> SetupAsync(CancellationToken cancellationToken) =>
        new(await policies.CurrentAsync(cancellationToken), await models.CurrentAsync(cancellationToken));

    public async Task RescoreAsync(Guid leadId, string trigger, CancellationToken cancellationToken) =>
        await RescoreAsync(leadId, trigger, await SetupAsync(cancellationToken), cancellationToken);

    public async Task RescoreAsync(Guid leadId, string trigger, ScoringSetup setup, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            leads.ChangeTracker.Clear();
            var lead = await leads.Set<Lead>().SingleOrDefaultAsync(l => l.Id == leadId, cancellationToken);
            // A merged lead lives on in its survivor, which is scored instead.
            if (lead is null || lead.MergedIntoId is not null)
                return;

            var input = (await factsBuilder.BuildAsync([lead], cancellationToken))[lead.Id];
            try
            {
                await ApplyAsync(lead, input, setup, trigger, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another rescoring of this lead committed first (the explanation's version moved): score again from what it stored.
            }
        }
    }

    private async Task ApplyAsync(Lead lead, ScoringInput input, ScoringSetup setup, string trigger, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var score = RuleScorer.Score(input.Facts, setup.Policy, now);
        var prediction = setup.Model is null ? null : WinPredictor.Predict(setup.Model, WinPredictor.Features(input.Facts, input.Channel));
        // Four decimals: finer digits carry no meaning and would make float noise look like a change.
        var probability = prediction is null ? (double?)null : Math.Round(prediction.Probability, 4);
        var factors = prediction?.TopFactors.Select(f => f with { Weight = Math.Round(f.Weight, 4) }).ToList() ?? [];
        var reasonsJson = JsonSerializer.Serialize([.. score.Reasons], ScoringJsonContext.Default.ListScoreReason);
        var factorsJson = JsonSerializer.Serialize(factors, ScoringJsonContext.Default.ListWinFactor);

        var current = await leads.Set<CurrentScore>().SingleOrDefaultAsync(s => s.LeadId == lead.Id, cancellationToken);
        var changed = lead.Score != score.Score || lead.WinProbability != probability;
        var explained = current is null
            ? score.Reasons.Count == 0 && factors.Count == 0
            : current.Reasons == reasonsJson && current.TopFactors == factorsJson;
        if (!changed && explained)
            return;

        if (current is null)
            leads.Add(current = new CurrentScore { LeadId = lead.Id, TenantId = lead.TenantId, Reasons = reasonsJson, TopFactors = factorsJson });
        else
            current.Version++;
        current.Reasons = reasonsJson;
        current.TopFactors = factorsJson;
        current.ScoredAt = now;

        if (changed)
        {
            var crossed = RuleScorer.CrossedUpwards(lead.Score, score.Score, setup.Policy.Thresholds);
            leads.Add(new ScoreChange
            {
                Id = Guid.CreateVersion7(),
                TenantId = lead.TenantId,
                LeadId = lead.Id,
                At = now,
                PreviousScore = lead.Score,
                Score = score.Score,
                PreviousWinProbability = lead.WinProbability,
                WinProbability = probability,
                Reasons = reasonsJson,
                ThresholdsCrossed = JsonSerializer.Serialize([.. crossed], ScoringJsonContext.Default.ListString),
                Trigger = trigger,
            });
            if (crossed.Count > 0)
                leads.Record(lead.TenantId, lead.Id, "lead.threshold-crossed", $"Score {score.Score} reached {string.Join(", ", crossed)}.", Actors.System, now);
            outbox.Add(new LeadScored(lead.Id, lead.Score, score.Score, probability, crossed) { TenantId = lead.TenantId, OccurredAt = now });
            lead.Score = score.Score;
            lead.WinProbability = probability;
        }

        await leads.SaveChangesAsync(cancellationToken);
    }
}
