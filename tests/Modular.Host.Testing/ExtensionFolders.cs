namespace Modular.Host.Testing;

/// <summary>
/// A private copy of the built modules and plugins for one test host, so tests can drop new builds, break
/// manifests or add fixtures without touching each other or the build output.
/// </summary>
public sealed class ExtensionFolders : IDisposable
{
    private static readonly string BuildOutput = AppContext.BaseDirectory;

    public ExtensionFolders()
    {
        Root = Directory.CreateTempSubdirectory("modular-ext-").FullName;
        ModulesPath = Path.Combine(Root, "modules");
        PluginsPath = Path.Combine(Root, "plugins");
        CopyDirectory(Path.Combine(BuildOutput, "modules"), ModulesPath);
        CopyDirectory(Path.Combine(BuildOutput, "plugins"), PluginsPath);
    }

    public string Root { get; }
    public string ModulesPath { get; }
    public string PluginsPath { get; }

    public string EchoFolder => Path.Combine(PluginsPath, "samples.echo");

    /// <summary>Adds one of the test-only plugins built under fixtures/.</summary>
    public string AddFixturePlugin(string id, string? asId = null)
    {
        var target = Path.Combine(PluginsPath, asId ?? id);
        CopyDirectory(Path.Combine(BuildOutput, "fixtures", id), target);
        return target;
    }

    /// <summary>Overwrites the echo plugin's folder with its 2.0.0 build, as `dotnet publish -o` would.</summary>
    public void DropEchoVersion2() => CopyDirectory(Path.Combine(BuildOutput, "echo-v2"), EchoFolder);

    public static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            // Written beside the target, then renamed over it: a running host may be reading the old file to hash or
            // load it, and .NET's File.Copy onto a file another handle has open fails with a sharing violation on
            // Linux (its advisory lock), where a rename replaces the file whatever is reading it.
            var written = destination + ".copying";
            File.Copy(file, written, overwrite: true);
            File.Move(written, destination, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A host still shutting down may hold a file; the temp folder is cleaned by the OS later.
        }
    }
}
