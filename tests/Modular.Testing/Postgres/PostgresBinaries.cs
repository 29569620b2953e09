namespace Modular.Testing.Postgres;

/// <summary>Finds the PostgreSQL server tools that Debian's <c>postgresql</c> package installs.</summary>
internal static class PostgresBinaries
{
    /// <summary>Debian keeps one folder per major version here, so several can sit side by side.</summary>
    public const string DebianRoot = "/usr/lib/postgresql";

    public const string InstallHint = "apt-get install -y postgresql";

    private static readonly Lazy<string?> Installed = new(() => FindBinDirectory(DebianRoot));

    /// <summary>The <c>bin</c> folder of the newest installed version, or null when none is installed.</summary>
    public static string? BinDirectory => Installed.Value;

    /// <summary>
    /// Picks the newest version whose <c>bin</c> holds both tools. Versions are compared as numbers because
    /// "9.6" sorts after "15" as text; a folder holding only client tools (no initdb) is passed over.
    /// </summary>
    public static string? FindBinDirectory(string root)
    {
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root)
            .Select(dir => (Dir: dir, Version: ParseVersion(Path.GetFileName(dir))))
            .Where(x => x.Version is not null)
            .Select(x => (Bin: Path.Combine(x.Dir, "bin"), x.Version))
            .Where(x => File.Exists(Path.Combine(x.Bin, "initdb")) && File.Exists(Path.Combine(x.Bin, "pg_ctl")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Bin)
            .FirstOrDefault();
    }

    private static Version? ParseVersion(string name)
    {
        // Since PostgreSQL 10 the folder is just the major number, which Version.TryParse rejects on its own.
        var text = name.Contains('.') ? name : name + ".0";
        return Version.TryParse(text, out var version) ? version : null;
    }
}
