using Modular.Sdk.Data;

namespace Modular.Host.Platform.ApiKeys;

/// <summary>
/// A machine's credential. The secret is shown once; only its SHA-256 is kept. The prefix is stored in clear so
/// a key can be found without scanning and recognised by its owner in lists and logs.
/// </summary>
internal sealed class ApiKey : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public required string Name { get; set; }
    public required string Prefix { get; init; }
    public required byte[] SecretHash { get; init; }

    /// <summary>Space-separated scopes; <c>*</c> grants all.</summary>
    public required string Scopes { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
