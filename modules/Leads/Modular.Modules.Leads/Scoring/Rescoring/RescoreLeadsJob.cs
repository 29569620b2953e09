using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Scheduling;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Scoring.Rescoring;

/// <summary>
/// Rescores every active lead of the job's tenant: after a policy change, after the model is retrained, and each
/// night so engagement points decay. Leads whose score stays the same are left untouched, so a second run (a job
/// run again after its lease ran out) changes nothing.
/// </summary>
internal sealed class RescoreLeadsJob(LeadsDbContext leads, LeadRescorer rescorer, ScoringJobs jobs) : IJobHandler
{
    public const string Type = "leads.rescore-leads";
    private const int PageSize = 500;

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        if (!await jobs.ClaimAsync(Type, payloadJson, cancellationToken))
            return;

        var setup = await rescorer.SetupAsync(cancellationToken);
        Guid? after = null;
        while (true)
        {
            // Keyset pages by id: leads arriving meanwhile are scored by their own event, and none is visited twice.
            var page = await leads.Set<Lead>().AsNoTracking()
                .Where(l => l.MergedIntoId == null && (after == null || l.Id.CompareTo(after.Value) > 0))
                .OrderBy(l => l.Id)
                .Select(l => l.Id)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var id in page)
                await rescorer.RescoreAsync(id, ScoreTriggers.Rescore, setup, cancellationToken);
            if (page.Count < PageSize)
                return;
            after = page[^1];
        }
    }
}
