namespace Modular.Host.Testing;

/// <summary>
/// One host for every test of a class (an xunit class fixture), for tests that each work in a tenant of their own
/// and change nothing else: starting a host costs seconds, a tenant milliseconds.
/// </summary>
public sealed class SharedHost : IDisposable
{
    private readonly ExtensionFolders folders = new();

    public SharedHost() => Host = new ModularHost(folders);

    public ModularHost Host { get; }

    /// <summary>A tenant no other test uses, with an API key allowing everything.</summary>
    public Task<TestTenant> NewTenantAsync() => TestTenant.CreateAsync(Host, "Acme" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        Host.Dispose();
        folders.Dispose();
    }
}
