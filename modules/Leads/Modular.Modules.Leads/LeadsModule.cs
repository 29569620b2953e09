using Autofac;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads;

/// <summary>Entry of the Leads module: Lead intake from every source, normalisation, deduplication and merge, scoring.</summary>
/// <remarks>Loaded through the module runtime only; its capability arrives with its own issue.</remarks>
public sealed class LeadsModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }
}
