using Autofac;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Modules;

namespace Modular.Plugins.Messaging.WhatsApp;

/// <summary>Entry of the WhatsApp Cloud API channel plugin.</summary>
public sealed class WhatsAppPlugin : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        // The host offers no IHttpClientFactory; the plugin's own scope owns the client, so unloading the plugin disposes it.
        builder.Register(_ => GraphApiClient.Create()).SingleInstance();
        builder.RegisterType<WhatsAppChannel>().As<IMessageChannel>().SingleInstance();
    }
}
