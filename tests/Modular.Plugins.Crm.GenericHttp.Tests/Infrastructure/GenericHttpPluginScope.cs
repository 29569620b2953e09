using Autofac;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;
using Modular.Sdk.Testing;

namespace Modular.Plugins.Crm.GenericHttp.Tests.Infrastructure;

/// <summary>
/// The plugin's registrations in a container of their own, beside the platform services it uses, so tests reach the
/// connector exactly as the host does: through the entry class and the extension point. The fake receiver listens on
/// loopback over http, which the operator's rules must allow, as a test host's configuration does.
/// </summary>
internal sealed class GenericHttpPluginScope : IDisposable
{
    private readonly IContainer container;

    public GenericHttpPluginScope(OutboundRules? rules = null, IDictionary<string, string?>? settings = null)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(TimeProvider.System);
        builder.RegisterInstance(rules ?? new OutboundRules(AllowPrivateTargets: true, AllowHttp: true));
        IModule plugin = new GenericHttpPlugin();
        plugin.RegisterServices(builder, new PluginTestContext("crm.generichttp", "Modular.Plugins.Crm.GenericHttp.dll", settings));
        container = builder.Build();
    }

    public ICrmConnector Connector => container.Resolve<IEnumerable<ICrmConnector>>().ShouldHaveSingleItem();

    public void Dispose() => container.Dispose();
}
