using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Scoring.Rescoring;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Scoring.Events;

/// <summary>Rescores the survivor of a merge, which may have gained fields and activity; the merged lead is no longer scored.</summary>
internal sealed class RescoreOnLeadsMerged(ILifetimeScope scope) : INotificationHandler<LeadsMerged>
{
    public async Task Handle(LeadsMerged merged, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(merged.TenantId);
        await tenant.Resolve<LeadRescorer>().RescoreAsync(merged.SurvivorId, ScoreTriggers.Merged, cancellationToken);
    }
}
