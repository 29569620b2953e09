using MediatR;

namespace Modular.Modules.Leads.Contracts;

/// <summary>
/// Brings a lead in from another module (a CRM's feed, say) through the same intake as every source: normalised,
/// merged into an earlier lead of the same person, contacted and scored like any other. The key makes a repeat
/// answer the lead it first produced.
/// </summary>
/// <param name="TenantId">The tenant the lead belongs to.</param>
/// <param name="Fields">Known fields by their API name (<c>firstName</c>, <c>lastName</c>, <c>email</c>, <c>phone</c>, <c>company</c>, …).</param>
/// <param name="IdempotencyKey">Unique to the record the lead comes from, for example <c>crm:&lt;connector&gt;:&lt;record id&gt;</c>.</param>
/// <param name="Actor">Who brings it, for the timeline, for example <c>crm:hubspot</c>.</param>
public sealed record ReceiveLead(Guid TenantId, IReadOnlyDictionary<string, string> Fields, string IdempotencyKey, string Actor) : IRequest<ReceivedLead>;

/// <summary>What became of a <see cref="ReceiveLead"/>.</summary>
/// <param name="LeadId">The lead (the earlier one when merged); null when refused.</param>
/// <param name="Created">True for a new lead; false when merged into an earlier lead or already received.</param>
/// <param name="Refusal">Why nothing was stored (for example no email and no phone); null otherwise.</param>
public sealed record ReceivedLead(Guid? LeadId, bool Created, string? Refusal = null);
