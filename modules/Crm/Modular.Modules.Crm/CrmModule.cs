using Autofac;
using Modular.Sdk.Modules;

namespace Modular.Modules.Crm;

/// <summary>Entry of the Crm module: CRM connector configurations, synchronisation and retries.</summary>
/// <remarks>Loaded through the module runtime only; its capability arrives with its own issue.</remarks>
public sealed class CrmModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }
}
