using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Engine;
using Modular.Modules.Leads.Scoring.Facts;
using Modular.Modules.Leads.Scoring.Rescoring;
using Modular.Modules.Leads.Scoring.Scheduling;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Scoring.Model;

/// <summary>
/// Trains the job's tenant's win model from scratch on its finished leads (won or lost, test leads excluded), then
/// rescores its leads with it. Requested a few minutes after an outcome is recorded, and each night.
/// </summary>
internal sealed class RetrainWinModelJob(LeadsDbContext leads, LeadFactsBuilder factsBuilder, WinModels models, ScoringJobs jobs, TimeProvider time) : IJobHandler
{
    public const string Type = "leads.retrain-win-model";

    /// <summary>Outcomes recorded within this delay of each other train the model once.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMinutes(3);

    private const int PageSize = 500;

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        if (!await jobs.ClaimAsync(Type, payloadJson, cancellationToken))
            return;

        var model = WinPredictor.Train(await ExamplesAsync(cancellationToken), time.GetUtcNow());
        await models.ReplaceAsync(model, cancellationToken);
        await jobs.RequestAsync(RescoreLeadsJob.Type, TimeSpan.Zero, cancellationToken);
    }

    /// <summary>
    /// The leads are read a page at a time and only their few categorical features are kept, so a long history
    /// costs a small dictionary per finished lead rather than the leads themselves.
    /// </summary>
    private async Task<List<OutcomeExample>> ExamplesAsync(CancellationToken cancellationToken)
    {
        var examples = new List<OutcomeExample>();
        Guid? after = null;
        while (true)
        {
            var page = await leads.Set<Lead>().AsNoTracking()
                .Where(l => (l.Outcome == "won" || l.Outcome == "lost") && !l.IsTest && l.MergedIntoId == null)
                .Where(l => after == null || l.Id.CompareTo(after.Value) > 0)
                .OrderBy(l => l.Id)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            var inputs = await factsBuilder.BuildAsync(page, cancellationToken);
            examples.AddRange(page.Select(lead => new OutcomeExample(
                WinPredictor.Features(inputs[lead.Id].Facts, inputs[lead.Id].Channel), lead.Outcome == "won")));
            if (page.Count < PageSize)
                return examples;
            after = page[^1].Id;
        }
    }
}
