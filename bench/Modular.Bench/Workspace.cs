namespace Modular.Bench;

/// <summary>
/// A private copy of the published host: the swap benchmark overwrites a plugin folder, and the published folder
/// must come out of a run exactly as it went in.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private Workspace(string root, string host)
    {
        Root = root;
        Host = host;
    }

    /// <summary>Scratch space beside the host copy, for plugin builds swapped in and out.</summary>
    public string Root { get; }

    public string Host { get; }

    public string PluginFolder(string id) => Path.Combine(Host, "plugins", id);

    /// <summary>How many modules and plugins the host should report Active: every folder holding a manifest.</summary>
    public int ExtensionCount =>
        Extensions(Path.Combine(Host, "modules"), "module.json") + Extensions(Path.Combine(Host, "plugins"), "plugin.json");

    public static Workspace CopyOf(string published)
    {
        if (!File.Exists(Path.Combine(published, "Modular.Host")))
            throw new InvalidOperationException($"{published} holds no Modular.Host; publish first: dotnet cake --target=Publish");

        var root = Directory.CreateTempSubdirectory("modular-bench-").FullName;
        var host = Path.Combine(root, "host");
        CopyFolder(published, host);
        return new Workspace(root, host);
    }

    public static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, directory)));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(destination, Path.GetRelativePath(source, file)), overwrite: true);
    }

    private static int Extensions(string root, string manifest) =>
        Directory.Exists(root) ? Directory.EnumerateDirectories(root).Count(folder => File.Exists(Path.Combine(folder, manifest))) : 0;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
