using Modular.Modules.Leads.Leads;

namespace Modular.Modules.Leads.Merging.SimilarLeads;

/// <summary>The few columns a near-match comparison reads, so tens of thousands of candidates stay cheap to load.</summary>
internal sealed record LeadIdentity(Guid Id, string? FirstName, string? LastName, string? City, string? Email, string? Phone, bool PhoneValid, DateTimeOffset CreatedAt)
{
    public static LeadIdentity Of(Lead lead) =>
        new(lead.Id, lead.FirstName, lead.LastName, lead.City, lead.Email, lead.Phone, lead.PhoneValid, lead.CreatedAt);

    public string? ValidPhone => PhoneValid ? Phone : null;
}
