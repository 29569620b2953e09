using Autofac;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.HubSpot;

/// <summary>Entry of the HubSpot plugin: offers the <c>hubspot</c> CRM connector.</summary>
public sealed class HubSpotPlugin : IModule
{
    private static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);

    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        // Extensions:crm.hubspot:RequestTimeoutSeconds. A sync that times out is retried later.
        var timeout = context.Configuration.PositiveSeconds("RequestTimeoutSeconds", DefaultRequestTimeout);
        // The plugin owns its HttpClient (a singleton of its own scope, closed when this version is swapped out), and
        // builds it on the operator's outbound rules: the base URL is the tenant's to choose.
        builder.Register(scope => new HubSpotApi(scope.Resolve<OutboundRules>(), timeout)).SingleInstance();
        builder.RegisterType<HubSpotConnector>().As<ICrmConnector>().SingleInstance();
    }
}
