using Autofac;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Sdk.Modules;
using Modular.Sdk.Testing;

namespace Modular.Plugins.Messaging.Twilio.Tests.Infrastructure;

/// <summary>
/// The plugin's registrations in a container of their own, beside the platform services it uses, so tests reach the
/// channel exactly as the host does: through the entry class and the extension point.
/// </summary>
internal sealed class TwilioPluginScope : IDisposable
{
    private readonly IContainer container;

    public TwilioPluginScope(IDictionary<string, string?>? configuration = null)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(TimeProvider.System);
        builder.RegisterInstance(NullLoggerFactory.Instance).As<ILoggerFactory>();
        IModule plugin = new TwilioPlugin();
        plugin.RegisterServices(builder, new PluginTestContext("messaging.twilio", "Modular.Plugins.Messaging.Twilio.dll", configuration));
        container = builder.Build();
    }

    public IMessageChannel Channel => container.Resolve<IEnumerable<IMessageChannel>>().ShouldHaveSingleItem();

    public void Dispose() => container.Dispose();
}
