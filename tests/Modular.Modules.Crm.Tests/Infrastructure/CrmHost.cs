namespace Modular.Modules.Crm.Tests.Infrastructure;

/// <summary>
/// One host for a test class, with retries a fraction of a second apart and a push parked after three attempts, so
/// retry, parking and the circuit play out within a test, and CRMs read several times a second.
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
        ["Extensions:crm:ReadIntervalSeconds"] = "0.3",
        ["Extensions:crm.hubspot:FeedSettleSeconds"] = "0.1",
    });

    public ModularHost Host { get; }

    public Task<TestTenant> NewTenantAsync() => TestTenant.CreateAsync(Host, "Acme" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        Host.Dispose();
        folders.Dispose();
    }
}
