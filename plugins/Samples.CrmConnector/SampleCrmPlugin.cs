using Autofac;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;

namespace Modular.Plugins.Samples.CrmConnector;

/// <summary>
/// Entry of the sample CRM plugin: offers the <c>samplecrm</c> connector. The host finds this class through
/// plugin.json's entry assembly; it is the plugin's only public type.
/// </summary>
public sealed class SampleCrmPlugin : IModule
{
    private static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);

    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        // Extensions:samples.crmconnector:RequestTimeoutSeconds. Read once per loaded version: a changed value takes effect on
        // the next reload. A push that times out is retried by the host later, so a short timeout costs nothing.
        var timeout = context.Configuration.PositiveSeconds("RequestTimeoutSeconds", DefaultRequestTimeout);

        // One HttpClient for the life of this version, so connections are pooled across pushes. It is a singleton of
        // the plugin's own scope: when this version is swapped out, the host disposes the scope, which disposes the
        // client and its connections, and nothing of the plugin stays behind. Its handler comes from the operator's
        // outbound rules because the base URL is the tenant's to choose (see OutboundRules).
        builder.Register(scope => new SampleCrmApi(scope.Resolve<OutboundRules>(), timeout, scope.Resolve<ILoggerFactory>())).SingleInstance();

        // Registered as the extension point: the crm module finds it among every plugin's ICrmConnector by its Key.
        builder.RegisterType<SampleCrmConnector>().As<ICrmConnector>().SingleInstance();
    }
}
