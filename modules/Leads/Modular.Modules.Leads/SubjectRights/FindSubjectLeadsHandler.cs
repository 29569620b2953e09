using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Normalisation;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>
/// Tells the Privacy module which of the tenant's leads a data subject is: every lead holding the email or phone they
/// named, read the way intake reads them, and every lead merged with those, since a merged submission is the same
/// person. The addresses answered are the ones named plus those the leads hold, so modules that key on addresses
/// (Messaging) find messages sent before, or without, a lead.
/// </summary>
internal sealed class FindSubjectLeadsHandler(ILifetimeScope scope) : IRequestHandler<FindSubjectLeads, SubjectLeads>
{
    public async Task<SubjectLeads> Handle(FindSubjectLeads request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var country = (await tenantScope.Resolve<ITenantDirectory>().FindAsync(request.TenantId, cancellationToken))?.DefaultCountry ?? "FR";
        var named = SubjectAddresses.Read(request.Subject, country);
        if (named.Email is null && named.Phone is null)
            return new SubjectLeads([], []);

        var leads = tenantScope.Resolve<LeadsDbContext>().Set<Lead>().AsNoTracking();
        var matched = await leads
            .Where(l => (named.Email != null && l.Email == named.Email) || (named.Phone != null && l.Phone == named.Phone))
            .ToListAsync(cancellationToken);
        var family = await MergeFamily.WithMergedAsync(leads, matched, cancellationToken);

        var addresses = named.Known
            .Concat(family.Select(l => l.Email).Where(email => !string.IsNullOrWhiteSpace(email)).Select(email => email!))
            .Concat(family.Where(l => l.PhoneValid && l.Phone is not null).Select(l => l.Phone!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new SubjectLeads([.. family.Select(l => l.Id).Order()], addresses);
    }
}
