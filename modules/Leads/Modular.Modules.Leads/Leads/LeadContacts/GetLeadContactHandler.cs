using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Leads.LeadContacts;

/// <summary>
/// Answers other modules (Qualification, CRM) with the lead they may contact. Requests come without a current
/// tenant, so the lead is read as the request's tenant. A merged lead answers the lead it was merged into, which is
/// the one every later message and report is about.
/// </summary>
internal sealed class GetLeadContactHandler(ILifetimeScope scope) : IRequestHandler<GetLeadContact, LeadContact?>
{
    public async Task<LeadContact?> Handle(GetLeadContact request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var lead = await LeadSurvivors.FindAsync(tenantScope.Resolve<LeadsDbContext>().Set<Lead>().AsNoTracking(), request.LeadId, cancellationToken);

        return lead is null
            ? null
            : new LeadContact(lead.Id, lead.SourceId, lead.FirstName, lead.LastName, lead.Email, lead.PhoneValid ? lead.Phone : null,
                lead.Country, lead.Company, lead.IsTest, lead.Score);
    }
}
