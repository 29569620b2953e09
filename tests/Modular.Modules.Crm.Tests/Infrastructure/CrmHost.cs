namespace Modular.Modules.Crm.Tests.Infrastructure;

/// <summary>
/// One host for a test class, with retries a fraction of a second apart and a push parked after three attempts, so
/// retry, parking and the circuit play out within a test.
/// </summary>
public sealed class CrmHost : IDisposable
{
    private readonly ExtensionFolders folders = new();

    public CrmHost() => Host = new ModularHost(folders, new Dictionary<string, string?>
    {
        ["Extensions:crm:FirstRetrySeconds"] = "0.2",
        ["Extensions:crm:MaxRetrySeconds"] = "0.5",
        ["Extensions:crm:MaxAttempts"] = "3",
        ["Extensions:crm:CircuitThreshold"] = "4",
        ["Extensions:crm:CircuitPauseSeconds"] = "2",
    });

    public ModularHost Host { get; }

    public Task<TestTenant> NewTenantAsync() => TestTenant.CreateAsync(Host, "Acme" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        Host.Dispose();
        folders.Dispose();
    }
}
