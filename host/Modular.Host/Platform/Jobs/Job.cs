namespace Modular.Host.Platform.Jobs;

/// <summary>
/// A unit of background work, stored so it survives restarts and runs once across every host instance. Not
/// <c>ITenantOwned</c> on purpose: the runner must see every tenant's jobs; <see cref="TenantId"/> says whom it runs for.
/// </summary>
internal sealed class Job
{
    public Guid Id { get; init; }
    public required string Type { get; init; }

    /// <summary>JSON text, handed to the handler exactly as it was written.</summary>
    public required string Payload { get; init; }

    public DateTimeOffset RunAt { get; set; }

    /// <summary>Counted when a runner claims the job, so a runner that dies mid-job still uses up an attempt.</summary>
    public int Attempts { get; set; }

    public int MaxAttempts { get; init; }
    public JobStatus Status { get; set; }
    public string? LockedBy { get; set; }

    /// <summary>End of the claim's lease: past it a running job is presumed abandoned and may be claimed again.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public string? LastError { get; set; }
    public Guid? TenantId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; set; }
}
