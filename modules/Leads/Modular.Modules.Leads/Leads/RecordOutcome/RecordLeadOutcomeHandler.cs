using Autofac;
using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Leads.RecordOutcome;

/// <summary>
/// Records an outcome another module learnt (a deal won in the CRM). It reaches the lead the outcome is about even
/// when that lead was since merged: the survivor is the one scoring learns from.
/// </summary>
internal sealed class RecordLeadOutcomeHandler(ILifetimeScope scope) : IRequestHandler<RecordLeadOutcome, bool>
{
    public async Task<bool> Handle(RecordLeadOutcome request, CancellationToken cancellationToken)
    {
        if (request.AmountMinor is < 0 || (request.AmountMinor is null) != (request.Currency is null)
            || (request.Currency is { } code && !Currencies.IsKnown(code.ToUpperInvariant())))
            throw new ArgumentException("An outcome's amount is not negative and comes with an ISO 4217 currency, or neither is given.", nameof(request));
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var leads = tenantScope.Resolve<LeadsDbContext>();
        var lead = await LeadSurvivors.FindAsync(leads.Set<Lead>(), request.LeadId, cancellationToken);
        if (lead is null)
            return false;
        var outcome = request.Won ? RecordOutcomeRequest.Won : RecordOutcomeRequest.Lost;
        if (LeadOutcomes.Apply(leads, tenantScope.Resolve<IOutbox>(), lead, outcome, request.AmountMinor, request.Currency?.ToUpperInvariant(), request.Actor, tenantScope.Resolve<TimeProvider>().GetUtcNow()))
            await leads.SaveChangesAsync(cancellationToken);
        return true;
    }
}
