using Modular.Sdk.Data;

namespace Modular.Modules.Crm.Syncs;

/// <summary>
/// One push of a lead (and its qualification report) to one connector, with everything its retries need: the CRM's
/// ids once known, so a retry never creates a second record or a second note, and why the last attempt failed.
/// </summary>
internal sealed class CrmSync : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid ConnectorId { get; init; }
    public Guid LeadId { get; init; }

    /// <summary>What asked for it: <c>verdict</c> or <c>manual</c>.</summary>
    public required string Trigger { get; init; }

    /// <summary>For a verdict, the event's id: a redelivered event finds its sync instead of queuing another.</summary>
    public Guid? TriggerEventId { get; init; }

    /// <summary>See <see cref="SyncStatuses"/>.</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Held by the attempt running now, so two instances (or a redelivery and a retry) never push at once.</summary>
    public DateTimeOffset? AttemptLeaseUntil { get; set; }

    /// <summary>The CRM's id of the contact or lead, stored as soon as the upsert answered.</summary>
    public string? RemoteId { get; set; }

    /// <summary>The CRM's id of the attached report; null until attached, or when there was no report to attach.</summary>
    public string? ReportRemoteId { get; set; }

    /// <summary>The last failure as the connector worded it (never a secret).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
