using Modular.Sdk.Modules;
using Modular.Sdk.Testing.Crm;

namespace Modular.Plugins.Crm.GenericHttp.Tests;

/// <summary>The generic HTTP connector, against a well-behaved client endpoint, through the conformance kit every CRM connector passes.</summary>
public sealed class GenericHttpConformanceTests : CrmConnectorConformance
{
    protected override string PluginId => "crm.generichttp";

    protected override string ConnectorKey => "http";

    protected override IModule CreatePlugin() => new GenericHttpPlugin();

    protected override async Task<ICrmFakeServer> StartFakeAsync() => await FakeCrmReceiver.StartAsync();
}
