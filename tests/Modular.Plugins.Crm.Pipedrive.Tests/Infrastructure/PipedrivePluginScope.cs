using Autofac;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;
using Modular.Sdk.Testing;

namespace Modular.Plugins.Crm.Pipedrive.Tests.Infrastructure;

/// <summary>
/// The plugin's registrations in a container of their own, beside the platform services it uses, so tests reach the
/// connector exactly as the host does: through the entry class and the extension point. The fake Pipedrive listens on
/// loopback over http, which the operator's rules must allow, as a test host's configuration does.
/// </summary>
internal sealed class PipedrivePluginScope : IDisposable
{
    private readonly IContainer container;

    public PipedrivePluginScope(OutboundRules? rules = null)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(TimeProvider.System);
        builder.RegisterInstance(rules ?? new OutboundRules(AllowPrivateTargets: true, AllowHttp: true));
        IModule plugin = new PipedrivePlugin();
        plugin.RegisterServices(builder, new PluginTestContext("crm.pipedrive", "Modular.Plugins.Crm.Pipedrive.dll"));
        container = builder.Build();
    }

    public ICrmConnector Connector => container.Resolve<IEnumerable<ICrmConnector>>().ShouldHaveSingleItem();

    public void Dispose() => container.Dispose();
}
