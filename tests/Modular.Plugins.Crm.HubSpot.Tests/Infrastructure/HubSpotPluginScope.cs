using Autofac;
using Modular.Sdk.Modules;
using Modular.Sdk.Testing;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.HubSpot.Tests.Infrastructure;

/// <summary>
/// The plugin's registrations in a container of their own, beside the platform services it uses, so tests reach the
/// connector exactly as the host does: through the entry class and the extension point. The fake HubSpot listens on
/// loopback over http, which the operator's rules must allow, as a test host's configuration does.
/// </summary>
internal sealed class HubSpotPluginScope : IDisposable
{
    private readonly IContainer container;

    public HubSpotPluginScope(OutboundRules? rules = null, IDictionary<string, string?>? configuration = null, TimeProvider? time = null)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(time ?? TimeProvider.System);
        builder.RegisterInstance(rules ?? new OutboundRules(AllowPrivateTargets: true, AllowHttp: true));
        IModule plugin = new HubSpotPlugin();
        plugin.RegisterServices(builder, new PluginTestContext("crm.hubspot", "Modular.Plugins.Crm.HubSpot.dll", configuration));
        container = builder.Build();
    }

    public ICrmConnector Connector => container.Resolve<IEnumerable<ICrmConnector>>().ShouldHaveSingleItem();

    public void Dispose() => container.Dispose();
}
