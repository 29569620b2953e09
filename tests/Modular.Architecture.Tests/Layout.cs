namespace Modular.Architecture.Tests;

/// <summary>Where the built modules and plugins are, and which assembly in each folder is its own code.</summary>
internal static class Layout
{
    public static readonly string BuildOutput = AppContext.BaseDirectory;

    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static IEnumerable<string> EntryAssemblies(string kind) =>
        Directory.EnumerateDirectories(Path.Combine(BuildOutput, kind))
            .SelectMany(folder => Directory.EnumerateFiles(folder, kind == "modules" ? "Modular.Modules.*.dll" : "Modular.Plugins.*.dll"))
            .Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith(".Contracts", StringComparison.Ordinal))
            .Order();

    public static IEnumerable<string> ContractsAssemblies() =>
        Directory.EnumerateFiles(Path.Combine(BuildOutput, "modules"), "*.Contracts.dll", SearchOption.AllDirectories)
            .DistinctBy(Path.GetFileName);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(BuildOutput);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Modular.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
