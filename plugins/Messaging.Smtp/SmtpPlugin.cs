using Autofac;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Modules;

namespace Modular.Plugins.Messaging.Smtp;

/// <summary>Entry of the email channel plugin: sends over SMTP through the server each tenant configures.</summary>
public sealed class SmtpPlugin : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context) =>
        builder.RegisterType<SmtpChannel>().As<IMessageChannel>().SingleInstance();
}
