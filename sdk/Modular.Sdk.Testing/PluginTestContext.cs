using Microsoft.Extensions.Configuration;
using Modular.Sdk.Manifest;
using Modular.Sdk.Modules;

namespace Modular.Sdk.Testing;

/// <summary>
/// What the host tells a plugin about itself, for a test that registers the plugin in a container of its own:
/// its manifest, its folder (the test's output folder), and the configuration section the test chooses.
/// </summary>
/// <param name="id">The plugin's id, as in its plugin.json.</param>
/// <param name="entryAssembly">The plugin's entry assembly file name.</param>
/// <param name="settings">The plugin's configuration section (<c>Extensions:&lt;id&gt;:…</c> without the prefix); empty when null.</param>
public sealed class PluginTestContext(string id, string entryAssembly, IDictionary<string, string?>? settings = null) : IModuleContext
{
    /// <inheritdoc />
    public ExtensionManifest Manifest { get; } = new() { Id = id, EntryAssembly = entryAssembly };

    /// <inheritdoc />
    public string Directory => AppContext.BaseDirectory;

    /// <inheritdoc />
    public IConfiguration Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
}
