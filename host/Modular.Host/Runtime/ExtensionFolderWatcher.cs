using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Modular.Sdk.Manifest;

namespace Modular.Host.Runtime;

/// <summary>
/// Picks up a new build dropped into a module's or plugin's folder. A build writes many files over a few hundred
/// milliseconds, so each folder is reloaded once it has been quiet for the debounce time; a reload that reads a
/// half-written file fails harmlessly (the old version keeps serving) and the next write triggers another.
/// </summary>
internal sealed class ExtensionFolderWatcher(ExtensionRuntime runtime, IOptions<ExtensionOptions> options, ILogger<ExtensionFolderWatcher> logger)
    : IHostedService, IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly ConcurrentDictionary<string, Timer> pending = new(StringComparer.Ordinal);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.WatchFolders)
            return Task.CompletedTask;

        Watch(settings.ResolveModulesPath(), ExtensionKind.Module);
        Watch(settings.ResolvePluginsPath(), ExtensionKind.Plugin);
        return Task.CompletedTask;
    }

    private void Watch(string root, ExtensionKind kind)
    {
        Directory.CreateDirectory(root);
        var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler changed = (_, e) => OnChange(root, kind, e.FullPath);
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => OnChange(root, kind, e.FullPath);
        watcher.EnableRaisingEvents = true;
        lock (watchers)
            watchers.Add(watcher);
    }

    private void OnChange(string root, ExtensionKind kind, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var top = relative.Split(Path.DirectorySeparatorChar)[0];
        if (top is "." or "..")
            return;

        var folder = Path.Combine(root, top);
        var debounce = TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds);
        // One timer per folder, never disposed while watching: re-arming it on each write is what debounces.
        pending.GetOrAdd(folder, _ => new Timer(_ => Reload(folder, kind), null, Timeout.Infinite, Timeout.Infinite))
            .Change(debounce, Timeout.InfiniteTimeSpan);
    }

    private async void Reload(string folder, ExtensionKind kind)
    {
        try
        {
            await runtime.ReloadFolderAsync(folder, kind, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Reloading {Folder} failed", folder);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        FileSystemWatcher[] stopping;
        lock (watchers)
        {
            stopping = [.. watchers];
            watchers.Clear();
        }
        foreach (var watcher in stopping)
            watcher.Dispose();
        foreach (var timer in pending.Values)
            timer.Dispose();
    }
}
