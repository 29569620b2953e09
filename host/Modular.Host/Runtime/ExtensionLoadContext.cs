using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Modular.Host.Runtime;

/// <summary>
/// One collectible load context per loaded version of a module or plugin. Shared assemblies come from the default
/// context by simple name; everything else from the extension's own folder, read into memory so the files stay
/// free to be overwritten by the next build.
/// </summary>
internal sealed class ExtensionLoadContext(string name, string directory) : AssemblyLoadContext(name, isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var simpleName = assemblyName.Name!;
        if (SharedAssemblies.IsShared(simpleName))
            return Default.LoadFromAssemblyName(new AssemblyName(simpleName));

        var path = Path.Combine(directory, simpleName + ".dll");
        return File.Exists(path) ? LoadFromFile(path) : null;
    }

    public Assembly LoadFromFile(string assemblyPath)
    {
        using var image = new MemoryStream(File.ReadAllBytes(assemblyPath));
        var symbolsPath = Path.ChangeExtension(assemblyPath, ".pdb");
        if (!File.Exists(symbolsPath))
            return LoadFromStream(image);

        using var symbols = new MemoryStream(File.ReadAllBytes(symbolsPath));
        return LoadFromStream(image, symbols);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        // SQLite's native library belongs to the host's data layer; a second copy inside a plugin would corrupt it.
        if (unmanagedDllName.Contains("sqlite", StringComparison.OrdinalIgnoreCase))
            return IntPtr.Zero;

        var fileName = unmanagedDllName.StartsWith("lib", StringComparison.Ordinal) || unmanagedDllName.EndsWith(".so", StringComparison.Ordinal)
            ? unmanagedDllName
            : $"lib{unmanagedDllName}.so";
        string[] candidates =
        [
            Path.Combine(directory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", fileName),
            Path.Combine(directory, fileName),
        ];
        var found = candidates.FirstOrDefault(File.Exists);
        return found is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(found);
    }
}
