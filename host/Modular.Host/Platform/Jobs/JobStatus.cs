namespace Modular.Host.Platform.Jobs;

/// <summary>Where a job is in its life; stored by name so operators can read the table.</summary>
internal enum JobStatus
{
    /// <summary>Waiting for its time (first run or a retry).</summary>
    Pending,

    /// <summary>Claimed by a runner until its lease ends.</summary>
    Running,

    Succeeded,

    /// <summary>Dead: every attempt failed; the last error is kept.</summary>
    Failed,
}
