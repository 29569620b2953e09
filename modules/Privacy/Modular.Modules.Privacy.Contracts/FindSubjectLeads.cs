using MediatR;

namespace Modular.Modules.Privacy.Contracts;

/// <summary>Who a data-subject request is about, as the requester named them: an email address, a phone number, or both.</summary>
/// <param name="Email">As given; the Leads module normalises it.</param>
/// <param name="Phone">As given, in any format the Leads module reads (E.164 or national with the tenant's country).</param>
public sealed record DataSubject(string? Email, string? Phone);

/// <summary>
/// Asks the Leads module which leads of the tenant are the subject: those whose normalised email or phone matches,
/// merged ones included. Every other module keys what it holds on these lead ids, or on these addresses.
/// </summary>
/// <param name="TenantId">The tenant (the data controller).</param>
/// <param name="Subject">How the subject was named.</param>
public sealed record FindSubjectLeads(Guid TenantId, DataSubject Subject) : IRequest<SubjectLeads>;

/// <summary>The subject as the tenant's data knows them.</summary>
/// <param name="LeadIds">Every lead that is the subject, merged ones included; empty when none.</param>
/// <param name="Addresses">The normalised email addresses and E.164 numbers: the ones named, and those the leads hold.</param>
public sealed record SubjectLeads(IReadOnlyList<Guid> LeadIds, IReadOnlyList<string> Addresses);
