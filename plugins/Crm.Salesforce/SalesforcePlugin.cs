using Autofac;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.Salesforce;

/// <summary>Entry of the Salesforce plugin: offers the <c>salesforce</c> CRM connector.</summary>
public sealed class SalesforcePlugin : IModule
{
    private static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);

    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        // Extensions:crm.salesforce:RequestTimeoutSeconds. A sync that times out is retried later.
        var timeout = context.Configuration.PositiveSeconds("RequestTimeoutSeconds", DefaultRequestTimeout);
        // The plugin owns its HttpClient (a singleton of its own scope, closed when this version is swapped out), and
        // builds it on the operator's outbound rules: the instance URL is the tenant's to choose.
        builder.Register(scope => new SalesforceApi(scope.Resolve<OutboundRules>(), scope.Resolve<TimeProvider>(), timeout)).SingleInstance();
        builder.RegisterType<SalesforceConnector>().As<ICrmConnector>().SingleInstance();
    }
}
