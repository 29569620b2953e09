namespace Modular.Host.Platform.Jobs;

/// <summary>The job runner's settings (<c>Modular:Jobs</c>).</summary>
/// <param name="RunnerId">Written into the rows this instance claims, so an operator can tell who holds what.</param>
/// <param name="Poll">How often the runner looks for due jobs when nothing in this process woke it.</param>
/// <param name="Lease">How long a claim holds; a job still running past it may be claimed by another runner.</param>
/// <param name="BatchSize">How many jobs one claim takes; they run concurrently.</param>
/// <param name="MaxAttempts">Attempts a new job gets before it is marked failed.</param>
internal sealed record JobOptions(string RunnerId, TimeSpan Poll, TimeSpan Lease, int BatchSize, int MaxAttempts)
{
    public static JobOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Modular:Jobs");
        return new JobOptions(
            section["RunnerId"] ?? WorkerIdentity.ForThisProcess,
            TimeSpan.FromMilliseconds(section.GetValue("PollMilliseconds", 1000)),
            TimeSpan.FromSeconds(section.GetValue("LeaseSeconds", 300)),
            section.GetValue("BatchSize", 16),
            section.GetValue("MaxAttempts", 10));
    }
}

/// <summary>Names this process in claims: machine and process id, plus a random part because containers reuse both.</summary>
internal static class WorkerIdentity
{
    public static readonly string ForThisProcess = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
