using Autofac;
using Modular.Sdk.Modules;

namespace Modular.Modules.Webhooks;

/// <summary>Entry of the Webhooks module: Partner endpoints and Standard Webhooks delivery.</summary>
/// <remarks>Loaded through the module runtime only; its capability arrives with its own issue.</remarks>
public sealed class WebhooksModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }
}
