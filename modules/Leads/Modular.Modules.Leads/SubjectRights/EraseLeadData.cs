using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Imports;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Current;
using Modular.Modules.Leads.Scoring.History;
using Modular.Modules.Leads.Scoring.Model;
using Modular.Modules.Leads.Scoring.Scheduling;
using Modular.Modules.Leads.Timeline;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>
/// Erases a data subject's leads and every row keyed on them, in one transaction, as the request's tenant. Deleting
/// what is already gone deletes nothing, so a rerun of the job reports zeros. Not keyed on a lead, so not touched:
/// sources, settings, scoring policies, scoring job slots (one per tenant and job) and import headers (file name and
/// counters). The win model holds only counts; it is retrained without the erased leads.
/// </summary>
internal sealed class EraseLeadData(ILifetimeScope scope) : INotificationHandler<EraseSubjectData>
{
    public async Task Handle(EraseSubjectData request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var db = tenantScope.Resolve<LeadsDbContext>();
        var ids = request.Subject.LeadIds.ToList();
        var taughtModel = await db.Set<Lead>().CountAsync(l => ids.Contains(l.Id) && (l.Outcome == "won" || l.Outcome == "lost") && !l.IsTest, cancellationToken);

        var erased = new List<(string Category, int Records)>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            erased.Add(("consent records", await db.Set<ConsentRecord>().Where(c => ids.Contains(c.LeadId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("tags", await db.Set<LeadTag>().Where(t => ids.Contains(t.LeadId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("score", await db.Set<CurrentScore>().Where(s => ids.Contains(s.LeadId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("score history", await db.Set<ScoreChange>().Where(c => ids.Contains(c.LeadId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("timeline", await db.Set<TimelineEntry>().Where(e => ids.Contains(e.LeadId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("merges", await db.Set<LeadMerge>().Where(m => ids.Contains(m.SurvivorId) || ids.Contains(m.MergedId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("lead requests", await db.Set<LeadRequest>().Where(r => ids.Contains(r.LeadId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("import errors", await ImportErrorMatches.DeleteAsync(db, request.Subject.Addresses, cancellationToken)));
            // The outcome and the score live on the lead row: they go with it.
            erased.Add(("leads", await db.Set<Lead>().Where(l => ids.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken)));
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var (category, records) in erased)
            request.Report(new ErasureOutcome(LeadGrounds.Module, category, ErasureActions.Erased, records));
        await ReportUnmatchedImportErrorsAsync(request, db, cancellationToken);
        if (taughtModel > 0)
            await RetrainAsync(request, tenantScope, taughtModel, cancellationToken);
    }

    /// <summary>Lines matched on neither address may still name the person in another spelling: only the tenant can tell.</summary>
    private static async Task ReportUnmatchedImportErrorsAsync(EraseSubjectData request, LeadsDbContext db, CancellationToken cancellationToken)
    {
        var left = await db.Set<LeadImportError>().CountAsync(cancellationToken);
        if (left > 0)
            request.Report(new ErasureOutcome(LeadGrounds.Module, "import errors", ErasureActions.Manual, left,
                "Lines of imported files that did not become leads keep only the text as written. Those holding the person's email address or E.164 number were erased; "
                + $"the tenant's {left} other error lines may still name them in another spelling (a national phone format, a misspelt address): review them under GET /api/v1/imports/{{id}}/errors."));
    }

    private static async Task RetrainAsync(EraseSubjectData request, ILifetimeScope tenantScope, int taughtModel, CancellationToken cancellationToken)
    {
        await tenantScope.Resolve<ScoringJobs>().RequestAsync(RetrainWinModelJob.Type, TimeSpan.Zero, cancellationToken);
        request.Report(new ErasureOutcome(LeadGrounds.Module, "win model", ErasureActions.Anonymised, taughtModel,
            "The win model keeps only counts of feature values over the tenant's won and lost leads, nothing that identifies anyone; it is retrained now without the erased leads."));
    }
}
