using Autofac;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.HubSpot;

/// <summary>Entry of the HubSpot plugin: offers the <c>hubspot</c> CRM connector, which also feeds new contacts.</summary>
public sealed class HubSpotPlugin : IModule
{
    private static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);
    // HubSpot indexes a new contact for search within seconds, rarely more; the feed reads only contacts this old.
    private static readonly TimeSpan DefaultFeedSettle = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        // Extensions:crm.hubspot:RequestTimeoutSeconds. A sync that times out is retried later.
        var timeout = context.Configuration.PositiveSeconds("RequestTimeoutSeconds", DefaultRequestTimeout);
        // The plugin owns its HttpClient (a singleton of its own scope, closed when this version is swapped out), and
        // builds it on the operator's outbound rules: the base URL is the tenant's to choose.
        builder.Register(scope => new HubSpotApi(scope.Resolve<OutboundRules>(), timeout)).SingleInstance();
        // Extensions:crm.hubspot:FeedSettleSeconds.
        var settle = context.Configuration.PositiveSeconds("FeedSettleSeconds", DefaultFeedSettle);
        builder.Register(scope => new ContactFeed(scope.Resolve<HubSpotApi>(), scope.Resolve<TimeProvider>(), settle)).SingleInstance();
        // Registered as ICrmConnector only: the host finds the lead feed by testing the connector's type.
        builder.RegisterType<HubSpotConnector>().As<ICrmConnector>().SingleInstance();
    }
}
