using Modular.Sdk.Data;

namespace Modular.Modules.Privacy.Requests;

/// <summary>
/// A data subject exercising a GDPR right against the tenant (the controller). Due one month after it was received,
/// extendable by up to two more with a reason (art. 12(3)); every change is a <see cref="RequestStep"/>.
/// </summary>
internal sealed class SubjectRequest : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>One of <see cref="RequestTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>One of <see cref="RequestStatuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary>
    /// How the subject was named, until an erasure is carried out: then cleared, so the request that erased a person
    /// does not keep them (<see cref="SubjectHashes"/> stays).
    /// </summary>
    public string? SubjectEmail { get; set; }
    public string? SubjectPhone { get; set; }

    /// <summary>
    /// Comma-separated normalised addresses the subject is known by (named, and held by their leads), found when the
    /// request was carried out; cleared with the subject's name once an erasure is.
    /// </summary>
    public string? SubjectAddresses { get; set; }

    /// <summary>Comma-separated SHA-256 hashes of the subject's normalised addresses, found when the request was carried out.</summary>
    public string? SubjectHashes { get; set; }

    /// <summary>Comma-separated ids of the leads found to be the subject when the request was carried out; kept so a rerun after a crash erases the same ones.</summary>
    public string? LeadIds { get; set; }

    public string? Notes { get; set; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Months added to the one-month deadline, 0 to 2.</summary>
    public int ExtendedByMonths { get; set; }
    public string? ExtensionReason { get; set; }

    /// <summary>What carrying the request out did, as JSON (for an erasure: each module's outcome).</summary>
    public string? Report { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether the subject's leads were looked for already (by an earlier run of the job).</summary>
    public bool SubjectFound => LeadIds is not null;

    public IReadOnlyList<Guid> FoundLeadIds() =>
        string.IsNullOrEmpty(LeadIds) ? [] : [.. LeadIds.Split(',').Select(Guid.Parse)];

    public IReadOnlyList<string> FoundAddresses() =>
        string.IsNullOrEmpty(SubjectAddresses) ? [] : SubjectAddresses.Split(',');
}
