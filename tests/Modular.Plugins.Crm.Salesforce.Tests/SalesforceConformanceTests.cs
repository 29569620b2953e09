using Modular.Sdk.Modules;
using Modular.Sdk.Testing.Crm;

namespace Modular.Plugins.Crm.Salesforce.Tests;

/// <summary>The Salesforce connector against the conformance kit every CRM connector passes.</summary>
public sealed class SalesforceConformanceTests : CrmConnectorConformance
{
    protected override string PluginId => "crm.salesforce";

    protected override string ConnectorKey => "salesforce";

    protected override IModule CreatePlugin() => new SalesforcePlugin();

    protected override async Task<ICrmFakeServer> StartFakeAsync() => await FakeSalesforceServer.StartAsync();
}
