using MediatR;

namespace Modular.Modules.Leads.Contracts;

/// <summary>Asks the Leads module for what another module needs to contact a lead and write to it by name.</summary>
/// <param name="TenantId">The lead's tenant; another tenant's lead answers null.</param>
/// <param name="LeadId">The lead.</param>
public sealed record GetLeadContact(Guid TenantId, Guid LeadId) : IRequest<LeadContact?>;

/// <summary>A lead as other modules see it. A lead merged into another answers the one it was merged into.</summary>
/// <param name="LeadId">The lead's id (the surviving lead's, after a merge).</param>
/// <param name="SourceId">The source it came through, null when created through the API.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Email">Normalised email address.</param>
/// <param name="Phone">Phone in E.164, only when it is valid.</param>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="Company">Company name.</param>
/// <param name="IsTest">A test lead: shown, never contacted or billed.</param>
/// <param name="Score">Current score, 0 to 100.</param>
public sealed record LeadContact(
    Guid LeadId,
    Guid? SourceId,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? Country,
    string? Company,
    bool IsTest,
    int Score);
