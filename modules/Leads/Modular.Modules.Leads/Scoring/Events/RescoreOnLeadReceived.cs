using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Scoring.Rescoring;
using Modular.Modules.Leads.Scoring.Scheduling;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Scoring.Events;

/// <summary>Scores a new lead, and makes sure its tenant's nightly scoring runs.</summary>
internal sealed class RescoreOnLeadReceived(ILifetimeScope scope, TimeProvider time) : INotificationHandler<LeadReceived>
{
    public async Task Handle(LeadReceived received, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(received.TenantId);
        await tenant.Resolve<LeadRescorer>().RescoreAsync(received.LeadId, ScoreTriggers.Received, cancellationToken);
        await NightlyScoringJob.EnsureAsync(tenant.Resolve<ScoringJobs>(), time, cancellationToken);
    }
}
