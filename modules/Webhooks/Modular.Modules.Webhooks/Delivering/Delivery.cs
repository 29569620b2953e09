using Modular.Sdk.Data;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>One message on its way to one endpoint, with what its retries need.</summary>
internal sealed class Delivery : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid EndpointId { get; init; }
    public required string MessageId { get; init; }

    /// <summary>See <see cref="DeliveryStatuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary>Attempts of the current run (a resend or replay starts a new run at zero).</summary>
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Held by the attempt running now, so two instances (or a redelivered event and a retry) never send at once.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public int? LastStatusCode { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Where a delivery stands.</summary>
internal static class DeliveryStatuses
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
