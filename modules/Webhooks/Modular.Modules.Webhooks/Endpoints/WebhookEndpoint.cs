using Modular.Sdk.Data;

namespace Modular.Modules.Webhooks.Endpoints;

/// <summary>A partner's URL that receives the tenant's events, signed with a secret only the partner and we hold.</summary>
internal sealed class WebhookEndpoint : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>The operator's, registered without a tenant: it hears every tenant's events.</summary>
    public bool IsPlatformWide => TenantId == Guid.Empty;

    public required string Url { get; set; }
    public string? Description { get; set; }

    /// <summary>Comma-separated event types; empty for every type.</summary>
    public required string EventTypes { get; set; }

    /// <summary>At most this many attempts per second to this endpoint; null for no limit.</summary>
    public int? RateLimitPerSecond { get; set; }

    public bool Enabled { get; set; }
    public string? DisabledReason { get; set; }

    /// <summary>The signing secret (<c>whsec_…</c>), encrypted.</summary>
    public required string Secret { get; set; }

    /// <summary>The secret before the last rotation, encrypted; it still signs until <see cref="PreviousSecretUntil"/>.</summary>
    public string? PreviousSecret { get; set; }
    public DateTimeOffset? PreviousSecretUntil { get; set; }

    /// <summary>When the current run of failed attempts began; null after a success. Five days of it disables the endpoint.</summary>
    public DateTimeOffset? FailingSince { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
