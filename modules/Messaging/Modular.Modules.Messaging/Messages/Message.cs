using Modular.Sdk.Data;

namespace Modular.Modules.Messaging.Messages;

/// <summary>One message a tenant's channel sent or received.</summary>
internal sealed class Message : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    /// <summary><see cref="MessageDirection.Out"/> or <see cref="MessageDirection.In"/>.</summary>
    public required string Direction { get; init; }

    /// <summary>The lead written to, or who wrote (the lead last written to at that address); null for users and strangers.</summary>
    public Guid? LeadId { get; init; }

    /// <summary>The tenant's channel configuration; null for the sandbox, which needs none.</summary>
    public Guid? ChannelId { get; set; }

    public required string ChannelKey { get; set; }

    /// <summary>The recipient of an outbound message, the sender of an inbound one, normalised (<see cref="Shared.Addresses"/>).</summary>
    public required string Address { get; init; }

    public required string Body { get; init; }
    public string? Subject { get; init; }

    /// <summary>The provider's id: matches delivery statuses to outbound messages and deduplicates inbound deliveries.</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>Outbound only: the sender's key, unique per tenant, so a retried send never sends twice.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>One of <see cref="MessageStatuses"/>.</summary>
    public required string Status { get; set; }

    public string? ErrorCode { get; set; }

    /// <summary>Why a send failed, readable by a client; never a secret.</summary>
    public string? Error { get; set; }

    public int Segments { get; set; }

    /// <summary>Outbound: sent as the channel's approved template because the free-text window was closed.</summary>
    public bool AsTemplate { get; set; }

    /// <summary>When stored (inbound: when the provider says it was sent, if it says).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The last change of <see cref="Status"/>; an outbound row left <c>sending</c> long after it is taken up again.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
