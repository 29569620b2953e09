using Microsoft.Extensions.Options;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Runtime;
using Modular.Sdk.Manifest;

namespace Modular.Host.Platform.Auth;

/// <summary>
/// Every scope a key may be granted: the platform's own and those the deployed modules and plugins declare in
/// their manifests. Manifests are read, never code, so the command line knows them as well as the server; the
/// list is kept a few seconds, enough to follow a module dropped in while the host runs.
/// </summary>
internal sealed class ScopeCatalog(IOptions<ExtensionOptions> options, TimeProvider time, ILogger<ScopeCatalog> logger)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(5);
    private volatile Snapshot? snapshot;

    public IReadOnlyDictionary<string, ScopeDeclaration> Known
    {
        get
        {
            var now = time.GetUtcNow();
            if (snapshot is { } kept && now - kept.ReadAt < KeptFor)
                return kept.Scopes;
            var scopes = Read();
            snapshot = new Snapshot(now, scopes);
            return scopes;
        }
    }

    public bool IsKnown(string scope) => scope == ApiKeyScopes.All || Known.ContainsKey(scope);

    public string Describe() => string.Join(", ", Known.Keys.Prepend(ApiKeyScopes.All));

    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyDictionary<string, ScopeDeclaration> Scopes);

    private Dictionary<string, ScopeDeclaration> Read()
    {
        var scopes = ApiKeyScopes.Platform.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var (folder, _) in ExtensionDiscovery.Find(options.Value, logger))
        {
            try
            {
                foreach (var declared in ManifestReader.Read(ManifestReader.FindManifest(folder)!).Scopes)
                    scopes.TryAdd(declared.Name, declared);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // The runtime reports an unreadable manifest as Malfunctioned; its scopes simply do not exist.
            }
        }
        return scopes;
    }
}
