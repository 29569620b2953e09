using Modular.Sdk.Modules;
using Modular.Sdk.Testing.Crm;

namespace Modular.Plugins.Crm.Pipedrive.Tests;

/// <summary>The Pipedrive connector against the conformance kit every CRM connector passes.</summary>
public sealed class PipedriveConformanceTests : CrmConnectorConformance
{
    protected override string PluginId => "crm.pipedrive";

    protected override string ConnectorKey => "pipedrive";

    protected override IModule CreatePlugin() => new PipedrivePlugin();

    protected override async Task<ICrmFakeServer> StartFakeAsync() => await FakePipedriveServer.StartAsync();
}
