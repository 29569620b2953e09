using System.Text.Json;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>The job that runs a delivery's next attempt when it is due.</summary>
/// <param name="DeliveryId">The delivery.</param>
internal sealed record DeliveryDue(Guid DeliveryId);

/// <summary>Runs a retry in the tenant the job runner gives it; the job store runs each job once across instances.</summary>
internal sealed class DeliveryDueJob(DeliveryAttempt attempt) : IJobHandler
{
    public const string Type = "webhooks.delivery-due";

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        var due = JsonSerializer.Deserialize<DeliveryDue>(payloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("A webhook delivery job without a payload.");
        // Another attempt holds the delivery (its lease may be a crashed attempt's): throwing has the runner try again later.
        if (!await attempt.RunAsync(due.DeliveryId, cancellationToken))
            throw new InvalidOperationException($"Webhook delivery {due.DeliveryId} is held by another attempt.");
    }
}
