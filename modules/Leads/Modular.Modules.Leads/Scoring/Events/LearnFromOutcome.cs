using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Scoring.Model;
using Modular.Modules.Leads.Scoring.Rescoring;
using Modular.Modules.Leads.Scoring.Scheduling;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Scoring.Events;

/// <summary>
/// A won or lost lead is new evidence: the model is retrained a few minutes later (once for a burst of outcomes),
/// and the lead itself is rescored now.
/// </summary>
internal sealed class LearnFromOutcome(ILifetimeScope scope) : INotificationHandler<LeadOutcomeRecorded>
{
    public async Task Handle(LeadOutcomeRecorded recorded, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(recorded.TenantId);
        await tenant.Resolve<LeadRescorer>().RescoreAsync(recorded.LeadId, ScoreTriggers.Outcome, cancellationToken);
        await tenant.Resolve<ScoringJobs>().RequestAsync(RetrainWinModelJob.Type, RetrainWinModelJob.Debounce, cancellationToken);
    }
}
