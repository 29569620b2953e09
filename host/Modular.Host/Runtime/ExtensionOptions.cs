namespace Modular.Host.Runtime;

/// <summary>The <c>Modular</c> configuration section's settings for loading modules and plugins.</summary>
internal sealed class ExtensionOptions
{
    /// <summary>Folder holding one sub-folder per module; relative paths start at the host's own folder.</summary>
    public string ModulesPath { get; set; } = "modules";

    /// <summary>Folder holding one sub-folder per plugin.</summary>
    public string PluginsPath { get; set; } = "plugins";

    /// <summary>Whether a new build dropped into a folder is picked up without a reload call.</summary>
    public bool WatchFolders { get; set; } = true;

    /// <summary>Quiet time after the last file change before a folder is reloaded; a build writes many files.</summary>
    public int ReloadDebounceMilliseconds { get; set; } = 400;

    /// <summary>
    /// How long a swapped-out version stays alive before it is stopped, on top of waiting for its requests in flight:
    /// it covers requests routed to the old endpoint that have not entered it yet.
    /// </summary>
    public int DrainGraceMilliseconds { get; set; } = 1000;

    public string ResolveModulesPath() => Path.GetFullPath(ModulesPath, AppContext.BaseDirectory);

    public string ResolvePluginsPath() => Path.GetFullPath(PluginsPath, AppContext.BaseDirectory);
}
