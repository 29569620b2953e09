using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Shared;

namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>A verdict, delivered by the outbox (at least once), assigns the lead and alerts its rep; the event's id keeps redeliveries harmless.</summary>
internal sealed class AlertOnVerdict(ILifetimeScope scope) : INotificationHandler<LeadVerdictReached>
{
    public async Task Handle(LeadVerdictReached reached, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(reached.TenantId);
        await tenant.Resolve<AlertDispatcher>().OnVerdictAsync(reached.EventId, reached.Report, cancellationToken);
    }
}
