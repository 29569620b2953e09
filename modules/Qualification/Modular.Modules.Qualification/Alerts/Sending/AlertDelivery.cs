using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>
/// One alert to one rep on one channel for one verdict event: what the event's redeliveries and the quiet-hours job
/// look at so each alert is scheduled once and sent once.
/// </summary>
internal sealed class AlertDelivery : ITenantOwned
{
    public Guid TenantId { get; init; }
    public Guid EventId { get; init; }
    public Guid UserId { get; init; }
    public required string Channel { get; init; }
    public Guid LeadId { get; init; }
    public Guid ConversationId { get; init; }

    /// <summary>See <see cref="AlertStatuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary>When a deferred alert is due: the end of the rep's quiet hours.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Why it was skipped or failed, in words without personal data.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
