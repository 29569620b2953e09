using Modular.Sdk.Modules;
using Modular.Sdk.Testing.Crm;

namespace Modular.Plugins.Crm.HubSpot.Tests;

/// <summary>The HubSpot connector against the conformance kit every CRM connector passes.</summary>
public sealed class HubSpotConformanceTests : CrmConnectorConformance
{
    protected override string PluginId => "crm.hubspot";

    protected override string ConnectorKey => "hubspot";

    protected override IModule CreatePlugin() => new HubSpotPlugin();

    protected override async Task<ICrmFakeServer> StartFakeAsync() => await FakeHubSpotServer.StartAsync();
}
