using Modular.Sdk.Data;

namespace Modular.Modules.Messaging.Suppression;

/// <summary>An address the tenant must never write to again, kept only as a hash (CNIL: opposition lists as hashes).</summary>
internal sealed class SuppressedAddress : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the normalised address.</summary>
    public required string AddressHash { get; init; }

    /// <summary>The channel the opt-out came through, or <c>api</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>Why, without personal data.</summary>
    public required string Reason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
