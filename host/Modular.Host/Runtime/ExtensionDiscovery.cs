using Modular.Sdk.Manifest;

namespace Modular.Host.Runtime;

/// <summary>Finds the module and plugin folders: every sub-folder of the configured roots that holds a manifest.</summary>
internal static class ExtensionDiscovery
{
    public static IEnumerable<(string Folder, ExtensionKind Kind)> Find(ExtensionOptions options, ILogger logger)
    {
        foreach (var (root, kind) in new[] { (options.ResolveModulesPath(), ExtensionKind.Module), (options.ResolvePluginsPath(), ExtensionKind.Plugin) })
        {
            if (!Directory.Exists(root))
            {
                logger.LogWarning("The {Kind} folder {Folder} does not exist; none loaded from it", kind, root);
                continue;
            }

            foreach (var folder in Directory.EnumerateDirectories(root).Where(f => ManifestReader.FindManifest(f) is not null).Order(StringComparer.Ordinal))
                yield return (folder, kind);
        }
    }
}
