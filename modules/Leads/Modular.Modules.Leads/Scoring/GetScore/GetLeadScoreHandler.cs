using Modular.Sdk.Platform;
using System.Text.Json;
using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Current;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Scoring.GetScore;

/// <summary>Answers other modules (qualification reports, rep alerts) with a lead's score and its reasons, read as the request's tenant.</summary>
internal sealed class GetLeadScoreHandler(ILifetimeScope scope) : IRequestHandler<GetLeadScore, LeadScoreSummary?>
{
    public async Task<LeadScoreSummary?> Handle(GetLeadScore request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var leads = tenantScope.Resolve<LeadsDbContext>();
        var lead = await leads.Set<Lead>().AsNoTracking().Where(l => l.Id == request.LeadId).Select(l => new { l.Score, l.WinProbability }).SingleOrDefaultAsync(cancellationToken);
        if (lead is null)
            return null;

        var current = await leads.Set<CurrentScore>().AsNoTracking().Where(s => s.LeadId == request.LeadId).Select(s => s.Reasons).SingleOrDefaultAsync(cancellationToken);
        var reasons = current is null ? [] : JsonSerializer.Deserialize(current, ScoringJsonContext.Default.ListScoreReason) ?? [];
        return new LeadScoreSummary(lead.Score, [.. reasons.Select(r => new ScoreReason(r.Rule, r.Points))], lead.WinProbability);
    }
}
