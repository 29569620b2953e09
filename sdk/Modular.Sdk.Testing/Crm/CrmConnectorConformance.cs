using Autofac;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;
using Xunit;

namespace Modular.Sdk.Testing.Crm;

/// <summary>
/// The conformance kit for CRM connectors. A connector author derives a test class from it, names the plugin's entry
/// class and starts a fake of the CRM (<see cref="ICrmFakeServer"/>); every test below then runs against the plugin
/// registered the way the host registers it. Together they check what the host relies on: upserts are idempotent and
/// deduplicate by email then phone, reports land on the record, failures are classified so the host knows whether to
/// retry (429 with its wait), and no secret reaches a log or a message.
/// </summary>
public abstract partial class CrmConnectorConformance : IAsyncLifetime
{
    private readonly List<IContainer> containers = [];
    private ICrmFakeServer? fake;

    /// <summary>The fake CRM of the running test.</summary>
    protected ICrmFakeServer Fake => fake ?? throw new InvalidOperationException("The fake starts in InitializeAsync.");

    /// <summary>Everything the plugin logged in this test.</summary>
    protected CapturedLogs Logs { get; } = new();

    /// <summary>The connector, registered with outbound rules that let it reach the fake on loopback over http.</summary>
    protected ICrmConnector Connector { get; private set; } = null!;

    /// <summary>The plugin's id, as in its plugin.json.</summary>
    protected abstract string PluginId { get; }

    /// <summary>The connector's <see cref="ICrmConnector.Key"/>.</summary>
    protected abstract string ConnectorKey { get; }

    /// <summary>A new instance of the plugin's entry class.</summary>
    protected abstract IModule CreatePlugin();

    /// <summary>Starts a fake of the CRM on loopback.</summary>
    protected abstract Task<ICrmFakeServer> StartFakeAsync();

    /// <summary>The plugin's configuration section for these tests; empty by default.</summary>
    protected virtual IDictionary<string, string?> PluginSettings => new Dictionary<string, string?>();

    /// <summary>A connection to the fake with credentials it accepts.</summary>
    protected CrmConnection Accepted => new(Fake.BaseUrl, Fake.AcceptedSettings);

    /// <summary>A connection to the fake with credentials it refuses.</summary>
    protected CrmConnection Refused => new(Fake.BaseUrl, Fake.RefusedSettings);

    /// <summary>A lead with an email and a phone; each call makes another lead of the same person.</summary>
    protected static CrmLead Jeanne(string? email = "jeanne.dupont@example.fr", string? phone = "+33612345678") =>
        new(Guid.NewGuid(), email, phone, "Jeanne", "Dupont", "Dupont SARL", new Dictionary<string, string> { ["city"] = "Lyon" });

    /// <summary>Registers the plugin in a container of its own, beside the platform services the host offers plugins.</summary>
    protected ICrmConnector ConnectorWith(OutboundRules rules)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(TimeProvider.System);
        builder.RegisterInstance(rules);
        builder.RegisterInstance<ILoggerFactory>(Logs);
        builder.RegisterGeneric(typeof(Logger<>)).As(typeof(ILogger<>)).SingleInstance();
        CreatePlugin().RegisterServices(builder, new PluginTestContext(PluginId, $"{CreatePlugin().GetType().Assembly.GetName().Name}.dll", PluginSettings));
        var container = builder.Build();
        containers.Add(container);
        var connectors = container.Resolve<IEnumerable<ICrmConnector>>().ToList();
        return Assert.Single(connectors, c => c.Key == ConnectorKey);
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        fake = await StartFakeAsync();
        Connector = ConnectorWith(new OutboundRules(AllowPrivateTargets: true, AllowHttp: true));
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var container in containers)
            await container.DisposeAsync();
        if (fake is not null)
            await fake.DisposeAsync();
    }

    /// <summary>Fails unless the outcome is the expected one, showing the connector's message.</summary>
    protected static void AssertOutcome(RemoteOutcome expected, CrmResult result) =>
        Assert.True(result.Outcome == expected, $"Expected {expected}, got {result.Outcome}: {result.Message}");
}
