namespace Modular.Host.Platform.ApiKeys;

/// <summary>An API key as its owner sees it: never its secret, only the prefix that identifies it.</summary>
internal sealed record ApiKeyView(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyView From(ApiKey key) =>
        new(key.Id, key.Name, ApiKeySecret.Marker + key.Prefix, key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), key.CreatedAt, key.LastUsedAt, key.RevokedAt);
}
