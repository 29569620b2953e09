using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Current;
using Modular.Modules.Leads.Scoring.History;
using Modular.Modules.Leads.Scoring.Model;
using Modular.Modules.Leads.Scoring.Policies;
using Modular.Modules.Leads.Sources;
using Modular.Modules.Leads.Timeline;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>
/// Adds everything the Leads module holds about a data subject to an access request, one section per category, read
/// as the request's tenant only. Only reads.
/// </summary>
internal sealed class CollectLeadData(ILifetimeScope scope) : INotificationHandler<CollectSubjectData>
{
    public async Task Handle(CollectSubjectData request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var db = tenantScope.Resolve<LeadsDbContext>();
        var ids = request.Subject.LeadIds.ToList();

        var leads = await db.Set<Lead>().AsNoTracking().Where(l => ids.Contains(l.Id)).OrderBy(l => l.CreatedAt).ToListAsync(cancellationToken);
        var sourceIds = leads.Select(l => l.SourceId).OfType<Guid>().Distinct().ToList();
        var sources = await db.Set<LeadSource>().AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        request.Add(Section("leads", LeadGrounds.Lead, leads.Select(l => LeadRecords.Of(l, l.SourceId is { } id ? sources.GetValueOrDefault(id) : null))));

        var consents = await db.Set<ConsentRecord>().AsNoTracking().Where(c => ids.Contains(c.LeadId)).OrderBy(c => c.GivenAt).ToListAsync(cancellationToken);
        request.Add(Section("consent records", LeadGrounds.Consent, consents.Select(LeadRecords.Of)));

        var tags = await db.Set<LeadTag>().AsNoTracking().Where(t => ids.Contains(t.LeadId)).OrderBy(t => t.Tag).ToListAsync(cancellationToken);
        request.Add(Section("tags", LeadGrounds.Tags, tags.Select(LeadRecords.Of)));

        await AddScoresAsync(request, tenantScope, db, leads, cancellationToken);
        request.Add(Section("outcome", LeadGrounds.Outcome, leads.Where(l => l.Outcome is not null).Select(LeadRecords.Outcome)));

        var timeline = await db.Set<TimelineEntry>().AsNoTracking().Where(e => ids.Contains(e.LeadId)).OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        request.Add(Section("timeline", LeadGrounds.Timeline, timeline.Select(LeadRecords.Of)));

        var merges = await db.Set<LeadMerge>().AsNoTracking().Where(m => ids.Contains(m.SurvivorId) || ids.Contains(m.MergedId)).OrderBy(m => m.MergedAt).ToListAsync(cancellationToken);
        request.Add(Section("merges", LeadGrounds.Merges, merges.Select(LeadRecords.Of)));

        var requests = await db.Set<LeadRequest>().AsNoTracking().Where(r => ids.Contains(r.LeadId)).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        request.Add(Section("lead requests", LeadGrounds.Requests, requests.Select(LeadRecords.Of)));

        var importErrors = await ImportErrorMatches.FindAsync(db, request.Subject.Addresses, cancellationToken);
        request.Add(Section("import errors", LeadGrounds.ImportErrors, importErrors.Select(LeadRecords.Of)));
    }

    private static async Task AddScoresAsync(CollectSubjectData request, ILifetimeScope tenantScope, LeadsDbContext db, List<Lead> leads, CancellationToken cancellationToken)
    {
        if (leads.Count == 0)
            return;

        var ids = leads.Select(l => l.Id).ToList();
        var current = await db.Set<CurrentScore>().AsNoTracking().Where(s => ids.Contains(s.LeadId)).ToDictionaryAsync(s => s.LeadId, cancellationToken);
        var history = await db.Set<ScoreChange>().AsNoTracking().Where(c => ids.Contains(c.LeadId)).OrderBy(c => c.At).ToListAsync(cancellationToken);
        var policy = await tenantScope.Resolve<ScoringPolicies>().CurrentAsync(cancellationToken);
        var model = await db.Set<StoredWinModel>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var logic = ScoringLogic.Describe(policy, model);

        request.Add(Section("score", LeadGrounds.Scoring, leads.Select(l => LeadRecords.Score(l, current.GetValueOrDefault(l.Id))), logic));
        request.Add(Section("score history", LeadGrounds.Scoring, history.Select(LeadRecords.Of), logic));
    }

    private static SubjectDataSection Section(string category, ProcessingGrounds grounds, IEnumerable<IReadOnlyDictionary<string, string?>> records, string? logic = null) =>
        new(LeadGrounds.Module, category, grounds, [.. records], logic);
}
