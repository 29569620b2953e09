using MediatR;

namespace Modular.Modules.Leads.Contracts;

/// <summary>
/// Records how a lead ended, as the client's own <c>POST /api/v1/leads/{id}/outcome</c> does, for another module that
/// learnt it elsewhere (a deal won in the CRM). A new outcome replaces the last one.
/// </summary>
/// <param name="TenantId">The lead's tenant; another tenant's lead answers false.</param>
/// <param name="LeadId">The lead.</param>
/// <param name="Won">True when won, false when lost.</param>
/// <param name="AmountMinor">The amount in minor units, when won and known.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="AmountMinor"/>.</param>
/// <param name="Actor">Who learnt it, for the timeline, for example <c>crm:pipedrive</c>.</param>
public sealed record RecordLeadOutcome(Guid TenantId, Guid LeadId, bool Won, long? AmountMinor, string? Currency, string Actor) : IRequest<bool>;
