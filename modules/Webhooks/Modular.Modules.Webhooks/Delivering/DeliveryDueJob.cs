using System.Text.Json;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>The job that runs deliveries' next attempts when they are due: a retry, or a message's watchdog.</summary>
/// <param name="DeliveryIds">The deliveries; one for a retry, every one of a message for its watchdog.</param>
internal sealed record DeliveryDue(IReadOnlyList<Guid> DeliveryIds);

/// <summary>
/// Runs attempts in the tenant the job runner gives it; the job store runs each job once across instances. A delivery
/// that is not due (already delivered, or waiting for a later retry) is passed over.
/// </summary>
internal sealed class DeliveryDueJob(DeliveryAttempt attempt) : IJobHandler
{
    public const string Type = "webhooks.delivery-due";

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        var due = JsonSerializer.Deserialize<DeliveryDue>(payloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("A webhook delivery job without a payload.");
        var held = new List<Guid>();
        foreach (var deliveryId in due.DeliveryIds)
            if (!await attempt.RunAsync(deliveryId, cancellationToken))
                held.Add(deliveryId);
        // Another attempt holds them (its lease may be a crashed attempt's): throwing has the runner try again later.
        if (held.Count > 0)
            throw new InvalidOperationException($"Webhook deliveries {string.Join(", ", held)} are held by another attempt.");
    }
}
