using Autofac;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;
using Modular.Sdk.Testing;
using Modular.Sdk.Testing.Crm;

namespace Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

/// <summary>
/// The plugin registered through its entry class in a container of its own, beside the platform services it takes
/// (the operator's outbound rules, a logger factory), so a test reaches the connector the way the host does. The rules
/// let it reach the fake on loopback over http, as an operator allows for a CRM inside their own network.
/// </summary>
internal sealed class SampleCrmPluginScope : IDisposable
{
    private readonly IContainer container;

    public SampleCrmPluginScope()
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(new OutboundRules(AllowPrivateTargets: true, AllowHttp: true));
        builder.RegisterInstance<ILoggerFactory>(Logs);
        IModule plugin = new SampleCrmPlugin();
        plugin.RegisterServices(builder, new PluginTestContext("samples.crmconnector", "Modular.Plugins.Samples.CrmConnector.dll"));
        container = builder.Build();
    }

    public CapturedLogs Logs { get; } = new();

    public ICrmConnector Connector => container.Resolve<IEnumerable<ICrmConnector>>().ShouldHaveSingleItem();

    public void Dispose() => container.Dispose();
}
