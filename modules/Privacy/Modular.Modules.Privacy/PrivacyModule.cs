using Autofac;
using Modular.Sdk.Modules;

namespace Modular.Modules.Privacy;

/// <summary>Entry of the Privacy module: Data-subject rights, retention, breach register and records of processing.</summary>
/// <remarks>Loaded through the module runtime only; its capability arrives with its own issue.</remarks>
public sealed class PrivacyModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }
}
