namespace Modular.Host.Platform.ApiKeys;

/// <summary>Creates an API key for a tenant; shared by the API and the <c>apikeys create</c> verb.</summary>
internal sealed class ApiKeyIssuer(PlatformDbContext database, TimeProvider time)
{
    /// <returns>The stored key and the full secret, which is never retrievable again.</returns>
    public async Task<(ApiKey Stored, string Secret)> IssueAsync(Guid tenantId, string name, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        var (secret, prefix, hash) = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Name = name,
            Prefix = prefix,
            SecretHash = hash,
            Scopes = string.Join(' ', scopes.Count == 0 ? [ApiKeyScopes.All] : scopes.Distinct()),
            CreatedAt = time.GetUtcNow(),
        };
        database.ApiKeys.Add(key);
        await database.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }
}
