using Autofac;
using Modular.Plugins.Messaging.Twilio.Sending;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Modules;

namespace Modular.Plugins.Messaging.Twilio;

/// <summary>Entry of the Twilio SMS plugin: offers the <c>twilio</c> message channel.</summary>
public sealed class TwilioPlugin : IModule
{
    private static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);

    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        // The host offers no IHttpClientFactory, so the plugin owns its HttpClient: a singleton of the plugin's own
        // scope, disposed (connections closed) when this version is swapped out and its scope ends.
        // Extensions:messaging.twilio:RequestTimeoutSeconds; a send that times out is retried later, so waiting long gains little.
        var timeout = context.Configuration.PositiveSeconds("RequestTimeoutSeconds", DefaultRequestTimeout);
        builder.Register(scope => new TwilioMessagesApi(timeout, scope.Resolve<TimeProvider>())).SingleInstance();
        builder.RegisterType<TwilioChannel>().As<IMessageChannel>().SingleInstance();
    }
}
