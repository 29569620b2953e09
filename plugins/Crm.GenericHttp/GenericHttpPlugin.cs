using Autofac;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// Entry of the generic HTTP plugin: offers the <c>http</c> CRM connector, which posts leads and qualification reports
/// as JSON to an endpoint the client configures (the contract it implements is documented with the connector).
/// </summary>
public sealed class GenericHttpPlugin : IModule
{
    private static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);

    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        // Extensions:crm.generichttp:RequestTimeoutSeconds. A sync that times out is retried later, with the same idempotency key.
        var timeout = context.Configuration.PositiveSeconds("RequestTimeoutSeconds", DefaultRequestTimeout);
        // The plugin owns its HttpClient (a singleton of its own scope, closed when this version is swapped out), and
        // builds it on the operator's outbound rules: the endpoint's URL is the tenant's to choose.
        builder.Register(scope => new ReceiverEndpoint(scope.Resolve<OutboundRules>(), timeout, scope.Resolve<TimeProvider>())).SingleInstance();
        builder.RegisterType<GenericHttpConnector>().As<ICrmConnector>().SingleInstance();
    }
}
