using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using Modular.Sdk.Manifest;

namespace Modular.Host.Runtime;

/// <summary>
/// Reads an extension's manifest and fills in what the build knows better than a hand-written file (its version and
/// the SDK version it references) from the entry assembly's metadata, without loading any of its code.
/// </summary>
internal static class ManifestReader
{
    public const string ModuleManifest = "module.json";
    public const string PluginManifest = "plugin.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string? FindManifest(string folder) =>
        new[] { ModuleManifest, PluginManifest }.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    /// <exception cref="InvalidDataException">The manifest or its entry assembly is missing or unreadable.</exception>
    public static ExtensionManifest Read(string manifestPath)
    {
        ExtensionManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ExtensionManifest>(File.ReadAllText(manifestPath), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(manifestPath)} is not valid: {e.Message}", e);
        }

        if (manifest is null || string.IsNullOrWhiteSpace(manifest.Id) || string.IsNullOrWhiteSpace(manifest.EntryAssembly))
            throw new InvalidDataException($"{Path.GetFileName(manifestPath)} must name an id and an entryAssembly.");

        var entryPath = Path.Combine(Path.GetDirectoryName(manifestPath)!, manifest.EntryAssembly);
        if (!File.Exists(entryPath))
            throw new InvalidDataException($"The entry assembly {manifest.EntryAssembly} is missing.");

        return manifest with
        {
            Kind = Path.GetFileName(manifestPath) == PluginManifest ? ExtensionKind.Plugin : ExtensionKind.Module,
            Version = manifest.Version ?? FileVersionInfo.GetVersionInfo(entryPath).ProductVersion ?? "0.0.0",
            SdkVersion = manifest.SdkVersion ?? ReferencedSdkVersion(entryPath),
        };
    }

    private static string ReferencedSdkVersion(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
            throw new InvalidDataException($"{Path.GetFileName(assemblyPath)} is not a .NET assembly.");

        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.GetString(reference.Name) == "Modular.Sdk")
                return reference.Version.ToString(3);
        }

        throw new InvalidDataException($"{Path.GetFileName(assemblyPath)} does not reference Modular.Sdk.");
    }
}
