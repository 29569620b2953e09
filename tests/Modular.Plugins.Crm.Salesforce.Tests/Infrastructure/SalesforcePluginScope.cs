using Autofac;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;
using Modular.Sdk.Testing;

namespace Modular.Plugins.Crm.Salesforce.Tests.Infrastructure;

/// <summary>
/// The plugin's registrations in a container of their own, beside the platform services it uses, so tests reach the
/// connector exactly as the host does: through the entry class and the extension point. The fake Salesforce listens on
/// loopback over http, which the operator's rules must allow, as a test host's configuration does.
/// </summary>
internal sealed class SalesforcePluginScope : IDisposable
{
    private readonly IContainer container;

    public SalesforcePluginScope(OutboundRules? rules = null, TimeProvider? clock = null)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(clock ?? TimeProvider.System);
        builder.RegisterInstance(rules ?? new OutboundRules(AllowPrivateTargets: true, AllowHttp: true));
        IModule plugin = new SalesforcePlugin();
        plugin.RegisterServices(builder, new PluginTestContext("crm.salesforce", "Modular.Plugins.Crm.Salesforce.dll"));
        container = builder.Build();
    }

    public ICrmConnector Connector => container.Resolve<IEnumerable<ICrmConnector>>().ShouldHaveSingleItem();

    public void Dispose() => container.Dispose();
}
