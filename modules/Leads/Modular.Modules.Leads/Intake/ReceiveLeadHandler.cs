using Autofac;
using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Intake;

/// <summary>
/// Takes a lead another module brings (a CRM's feed) through the one intake every source uses. Fields outside the
/// known ones are kept as attributes, as a JSON source without a mapping keeps them.
/// </summary>
internal sealed class ReceiveLeadHandler(ILifetimeScope scope) : IRequestHandler<ReceiveLead, ReceivedLead>
{
    public async Task<ReceivedLead> Handle(ReceiveLead request, CancellationToken cancellationToken)
    {
        var fields = request.Fields.Where(f => LeadFields.IsKnown(f.Key)).ToDictionary(f => LeadFields.Canonical(f.Key), f => f.Value);
        var attributes = request.Fields.Where(f => !LeadFields.IsKnown(f.Key)).ToDictionary(f => f.Key, f => f.Value);
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        try
        {
            var outcome = await tenantScope.Resolve<LeadIntake>().ReceiveAsync(
                new LeadSubmission(fields, attributes), new IntakeContext(null, request.Actor, null, request.IdempotencyKey), cancellationToken);
            return new ReceivedLead(outcome.LeadId, outcome.Result == IntakeResult.Created);
        }
        catch (IntakeRejected rejected)
        {
            return new ReceivedLead(null, false, rejected.Message);
        }
    }
}
