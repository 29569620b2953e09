using Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;
using Modular.Sdk.Modules;
using Modular.Sdk.Testing.Crm;

namespace Modular.Plugins.Samples.CrmConnector.Tests;

/// <summary>The sample connector against the kit every CRM connector passes: ten tests, inherited.</summary>
public sealed class SampleCrmConformanceTests : CrmConnectorConformance
{
    protected override string PluginId => "samples.crmconnector";

    protected override string ConnectorKey => "samplecrm";

    protected override IModule CreatePlugin() => new SampleCrmPlugin();

    protected override async Task<ICrmFakeServer> StartFakeAsync() => await FakeSampleCrm.StartAsync();
}
