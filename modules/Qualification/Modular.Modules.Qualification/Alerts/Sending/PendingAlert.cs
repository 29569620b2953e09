namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>An alert to send: which verdict event, about which lead, to whom, how. Also the quiet-hours job's payload.</summary>
internal sealed record PendingAlert(Guid EventId, Guid LeadId, Guid ConversationId, Guid UserId, string Channel)
{
    /// <summary>Stable across the event's redeliveries and the job's retries: Messaging sends a key once.</summary>
    public string IdempotencyKey => $"alert/{EventId}/{UserId}/{Channel}";
}
