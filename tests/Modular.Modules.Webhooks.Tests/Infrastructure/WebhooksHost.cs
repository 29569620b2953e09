namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>
/// One host for a test class, with the retry schedule compressed from days to seconds (first attempt at once, then
/// three retries a second apart) so retries, disabling and Retry-After play out within a test.
/// </summary>
public sealed class WebhooksHost : IDisposable
{
    public const string CompressedSchedule = "0,1,1,1";

    private readonly ExtensionFolders folders = new();

    public WebhooksHost()
        : this(new Dictionary<string, string?>())
    {
    }

    private WebhooksHost(Dictionary<string, string?> extra)
    {
        extra.TryAdd("Extensions:webhooks:RetryScheduleSeconds", CompressedSchedule);
        Host = new ModularHost(folders, extra);
    }

    public ModularHost Host { get; }

    /// <summary>A host with settings of its own on top of the compressed schedule, for a test that needs another policy.</summary>
    public static WebhooksHost With(Dictionary<string, string?> settings) => new(new Dictionary<string, string?>(settings));

    public Task<TestTenant> NewTenantAsync() => TestTenant.CreateAsync(Host, "Acme" + Guid.NewGuid().ToString("N")[..8]);

    public async Task<HttpClient> NewClientAsync() => (await NewTenantAsync()).Client(Host);

    public void Dispose()
    {
        Host.Dispose();
        folders.Dispose();
    }
}
