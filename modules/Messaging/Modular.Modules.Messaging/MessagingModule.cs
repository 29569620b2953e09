using Autofac;
using Modular.Sdk.Modules;

namespace Modular.Modules.Messaging;

/// <summary>Entry of the Messaging module: Channels, the outbound queue, inbound callbacks, opt-out suppression and notifications to reps.</summary>
/// <remarks>Loaded through the module runtime only; its capability arrives with its own issue.</remarks>
public sealed class MessagingModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }
}
