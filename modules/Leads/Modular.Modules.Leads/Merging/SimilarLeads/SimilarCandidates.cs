using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;

namespace Modular.Modules.Leads.Merging.SimilarLeads;

/// <summary>
/// Narrows the tenant's active leads in SQL to those that could be near matches — same city or last name whatever
/// the case and accents, a phone of the same length sharing its first or last half, an email sharing its local part
/// or its first or last half — so the exact comparison in memory reads hundreds of rows, not the whole tenant.
/// </summary>
internal static class SimilarCandidates
{
    // Enough for any real city's worth of namesakes; past it, the oldest candidates are left out.
    public const int MaxCandidates = 5000;

    public static Task<List<LeadIdentity>> FindAsync(LeadsDbContext leads, LeadIdentity lead, bool isTest, CancellationToken cancellationToken)
    {
        var named = NameKey.FullName(lead.FirstName, lead.LastName) is not null && lead.City is not null;
        var city = named ? NameKey.LikePattern(lead.City!) : null;
        var lastName = named ? NameKey.LikePattern(lead.LastName!) : null;

        var phone = lead.ValidPhone;
        var (phoneStart, phoneEnd) = phone is null ? ("", "") : EditDistance.Anchors(phone);
        var phoneLength = phone?.Length ?? 0;

        var email = lead.Email;
        var sameLocalPart = email is null ? null : Similarity.LocalPartWithAt(email);
        var (emailStart, emailEnd) = email is null ? ("", "") : EditDistance.Anchors(email);
        var emailLength = email?.Length ?? 0;

        return leads.Set<Lead>().AsNoTracking()
            .Where(l => l.MergedIntoId == null && l.Id != lead.Id && l.IsTest == isTest)
            .Where(l =>
                (city != null && l.City != null && EF.Functions.Like(l.City.ToLower(), city))
                || (lastName != null && l.LastName != null && EF.Functions.Like(l.LastName.ToLower(), lastName))
                || (phone != null && l.PhoneValid && l.Phone!.Length == phoneLength && (l.Phone.StartsWith(phoneStart) || l.Phone.EndsWith(phoneEnd)))
                || (sameLocalPart != null && l.Email != null && l.Email.StartsWith(sameLocalPart))
                || (email != null && l.Email != null && l.Email.Length >= emailLength - 1 && l.Email.Length <= emailLength + 1
                    && (l.Email.StartsWith(emailStart) || l.Email.EndsWith(emailEnd))))
            .OrderByDescending(l => l.CreatedAt)
            .Take(MaxCandidates)
            .Select(l => new LeadIdentity(l.Id, l.FirstName, l.LastName, l.City, l.Email, l.Phone, l.PhoneValid, l.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
