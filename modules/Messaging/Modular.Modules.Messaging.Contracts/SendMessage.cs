using MediatR;

namespace Modular.Modules.Messaging.Contracts;

/// <summary>
/// Asks the Messaging module to send one message through a tenant's channel. The same <paramref name="IdempotencyKey"/>
/// never sends twice: a retry answers what the first call did. An address on the tenant's suppression list is never written to.
/// </summary>
/// <param name="TenantId">The tenant whose channel sends.</param>
/// <param name="LeadId">The lead written to, so replies from the address reach its conversation; null for messages to users (alerts).</param>
/// <param name="To">E.164 phone number or email address.</param>
/// <param name="Body">The text.</param>
/// <param name="IdempotencyKey">Stable for this message across retries, for example <c>conversation/{id}/step/3</c>.</param>
/// <param name="Channel">A channel key (<c>twilio</c>, <c>whatsapp</c>, <c>smtp</c>, <c>sandbox</c>); null for the tenant's conversation channel.</param>
/// <param name="Subject">For email: the subject line.</param>
public sealed record SendMessage(
    Guid TenantId,
    Guid? LeadId,
    string To,
    string Body,
    string IdempotencyKey,
    string? Channel = null,
    string? Subject = null) : IRequest<SendMessageResult>;

/// <summary>What became of a <see cref="SendMessage"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="MessageId">Messaging's id of the stored message; empty when nothing was stored (no channel).</param>
/// <param name="Channel">The channel that sent or would have sent it.</param>
/// <param name="Reason">Why it was not sent, readable by a client.</param>
/// <param name="RetryAfter">For <see cref="SendStatus.RetryLater"/>, how long the provider asked to wait.</param>
public sealed record SendMessageResult(SendStatus Status, Guid MessageId, string Channel, string? Reason = null, TimeSpan? RetryAfter = null);

/// <summary>How a send ended.</summary>
public enum SendStatus
{
    /// <summary>The provider accepted the message.</summary>
    Sent,

    /// <summary>The address opted out (on the suppression list, or the provider says so): never retry.</summary>
    Suppressed,

    /// <summary>A transient failure: try again later with the same idempotency key.</summary>
    RetryLater,

    /// <summary>A failure retrying will not fix (invalid number, bad credentials).</summary>
    Failed,

    /// <summary>The tenant has no enabled channel that can reach this kind of address.</summary>
    NoChannel,
}
