using System.Text.Json;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Syncs;

/// <summary>The job that runs a push's next attempt when it is due.</summary>
/// <param name="SyncId">The push.</param>
internal sealed record SyncDue(Guid SyncId);

/// <summary>Runs a push's retry in the tenant the job runner gives it.</summary>
internal sealed class SyncDueJob(SyncAttempt attempt) : IJobHandler
{
    public const string Type = "crm.sync-due";

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        var due = JsonSerializer.Deserialize<SyncDue>(payloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("A CRM push job without a payload.");
        // Another attempt holds the push (its lease may be a crashed attempt's): throwing has the runner try again later.
        if (!await attempt.RunAsync(due.SyncId, cancellationToken))
            throw new InvalidOperationException($"CRM push {due.SyncId} is held by another attempt.");
    }
}
