using MediatR;

namespace Modular.Modules.Messaging.Contracts;

/// <summary>
/// Puts an address on the tenant's suppression list (stored as a hash) so nothing is ever sent to it again, for
/// example when the interpreter read "remove me from your list". Publishes <see cref="AddressOptedOut"/>. Idempotent.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="Address">E.164 phone number or email address.</param>
/// <param name="LeadId">The lead whose reply asked it, if any.</param>
/// <param name="Reason">Why, for example <c>reply: remove me from your list</c>; no personal data.</param>
public sealed record SuppressAddress(Guid TenantId, string Address, Guid? LeadId, string Reason) : IRequest<bool>;
