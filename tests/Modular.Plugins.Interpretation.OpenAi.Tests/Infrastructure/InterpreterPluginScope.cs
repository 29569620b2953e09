using Autofac;
using Microsoft.Extensions.Configuration;
using Modular.Sdk.Modules;
using Modular.Sdk.Testing;

namespace Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;

/// <summary>
/// The plugin's registrations in a container of their own, beside the platform services it uses, so tests reach the
/// interpreter exactly as the host does: through the entry class and the extension point.
/// </summary>
internal sealed class InterpreterPluginScope : IDisposable
{
    private readonly IContainer container;

    public InterpreterPluginScope(IDictionary<string, string?> configuration)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(TimeProvider.System);
        var context = new PluginTestContext("interpretation.openai", "Modular.Plugins.Interpretation.OpenAi.dll", configuration);
        Configuration = context.Configuration;
        IModule plugin = new OpenAiInterpreterPlugin();
        plugin.RegisterServices(builder, context);
        container = builder.Build();
    }

    /// <summary>The plugin's configuration section, which an operator may change while the plugin runs.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The plugin pointed at <paramref name="server"/> with its key, and any setting a test changes (null removes it).</summary>
    public static InterpreterPluginScope For(FakeChatCompletionsServer server, params (string Name, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["baseUrl"] = server.BaseUrl.AbsoluteUri,
            ["apiKey"] = server.ApiKey,
            ["model"] = Model,
        };
        foreach (var (name, value) in overrides)
            settings[name] = value;
        return new InterpreterPluginScope(settings);
    }

    public const string Model = "gpt-4o-mini-2024-07-18";

    public IAnswerInterpreter Interpreter => container.Resolve<IEnumerable<IAnswerInterpreter>>().ShouldHaveSingleItem();

    public void Dispose() => container.Dispose();
}
