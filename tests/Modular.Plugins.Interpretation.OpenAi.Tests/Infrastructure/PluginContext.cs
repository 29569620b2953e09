using Microsoft.Extensions.Configuration;
using Modular.Sdk.Manifest;
using Modular.Sdk.Modules;

namespace Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;

/// <summary>What the host would tell the plugin about itself, with the configuration section a test chooses.</summary>
internal sealed class PluginContext(IDictionary<string, string?> settings) : IModuleContext
{
    public ExtensionManifest Manifest { get; } = new() { Id = "interpretation.openai", EntryAssembly = "Modular.Plugins.Interpretation.OpenAi.dll" };

    public string Directory => AppContext.BaseDirectory;

    public IConfiguration Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
