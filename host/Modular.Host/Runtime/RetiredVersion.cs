namespace Modular.Host.Runtime;

/// <summary>
/// A version that was swapped out. Only a weak reference to its load context is kept, so its status is a fact
/// about the garbage collector, not a flag we set: alive means something still roots its code.
/// </summary>
internal sealed class RetiredVersion(string version, WeakReference loadContext, DateTimeOffset retiredAt)
{
    public string Version { get; } = version;
    public DateTimeOffset RetiredAt { get; } = retiredAt;
    public WeakReference LoadContext { get; } = loadContext;
    public bool IsAlive => LoadContext.IsAlive;
    public string State => IsAlive ? "PendingUnload" : "Unloaded";

    public string? Reason => IsAlive
        ? "Still referenced after unloading: a static cache, an event handler or a running task outside it holds one of its types. Its memory is freed only when that reference goes."
        : null;
}
