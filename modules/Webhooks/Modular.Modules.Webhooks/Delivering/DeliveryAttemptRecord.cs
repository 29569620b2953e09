using Modular.Sdk.Data;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>One HTTP call to an endpoint, as its owner sees it in the delivery log.</summary>
internal sealed class DeliveryAttemptRecord : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid DeliveryId { get; init; }
    public Guid EndpointId { get; init; }
    public required string MessageId { get; init; }
    public required string EventType { get; init; }
    public int Attempt { get; init; }
    public DateTimeOffset AttemptedAt { get; init; }

    /// <summary>Null when no answer came (refused, unreachable, timed out).</summary>
    public int? StatusCode { get; init; }
    public int LatencyMs { get; init; }

    /// <summary>The first kilobyte of the answer.</summary>
    public string? ResponseBody { get; init; }
    public string? Error { get; init; }
}
