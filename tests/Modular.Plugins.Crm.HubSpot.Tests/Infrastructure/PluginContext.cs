using Microsoft.Extensions.Configuration;
using Modular.Sdk.Manifest;
using Modular.Sdk.Modules;

namespace Modular.Plugins.Crm.HubSpot.Tests.Infrastructure;

/// <summary>What the host would tell the plugin about itself, with the configuration a test chooses.</summary>
internal sealed class PluginContext(IDictionary<string, string?>? settings = null) : IModuleContext
{
    public ExtensionManifest Manifest { get; } = new() { Id = "crm.hubspot", EntryAssembly = "Modular.Plugins.Crm.HubSpot.dll" };

    public string Directory => AppContext.BaseDirectory;

    public IConfiguration Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
}
