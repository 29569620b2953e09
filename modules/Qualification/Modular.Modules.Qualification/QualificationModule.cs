using Autofac;
using Modular.Sdk.Modules;

namespace Modular.Modules.Qualification;

/// <summary>Entry of the Qualification module: Scenarios, the conversation engine, answer interpretation and verdicts.</summary>
/// <remarks>Loaded through the module runtime only; its capability arrives with its own issue.</remarks>
public sealed class QualificationModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }
}
