using Autofac;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Modules;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>Entry of the Pipedrive plugin: offers the <c>pipedrive</c> CRM connector, which also reads deals won or lost.</summary>
public sealed class PipedrivePlugin : IModule
{
    private static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);

    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        // Extensions:crm.pipedrive:RequestTimeoutSeconds. A sync that times out is retried later.
        var timeout = context.Configuration.PositiveSeconds("RequestTimeoutSeconds", DefaultRequestTimeout);
        // The plugin owns its HttpClient (a singleton of its own scope, closed when this version is swapped out), and
        // builds it on the operator's outbound rules: the base URL is the tenant's to choose.
        builder.Register(scope => new PipedriveApi(scope.Resolve<OutboundRules>(), timeout)).SingleInstance();
        builder.RegisterType<PipedrivePersons>().SingleInstance();
        builder.RegisterType<PipedriveLeads>().SingleInstance();
        builder.RegisterType<PipedriveOutcomes>().SingleInstance();
        // Registered as ICrmConnector only: the host finds the outcome reader by testing the connector's type.
        builder.RegisterType<PipedriveConnector>().As<ICrmConnector>().SingleInstance();
    }
}
