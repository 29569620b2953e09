using Modular.Sdk.Manifest;

namespace Modular.Host.Runtime;

/// <summary>
/// Everything the host knows about one module or plugin folder: the version serving now, why it is not serving
/// if it is not, and the versions it replaced that are still being unloaded.
/// </summary>
internal sealed class ExtensionSlot(string id, ExtensionKind kind, string folder)
{
    private const int KeptHistory = 5;

    private readonly List<RetiredVersion> retired = [];

    public string Id { get; set; } = id;
    public ExtensionKind Kind { get; } = kind;
    public string Folder { get; } = folder;
    public ExtensionManifest? Manifest { get; set; }
    public LoadedExtension? Active { get; set; }

    /// <summary>Why the extension is not serving, or why its last reload failed while the previous version kept serving.</summary>
    public string? Reason { get; set; }

    public bool DisabledByConfiguration { get; set; }
    public bool Unsupported { get; set; }

    public ExtensionStatus Status => this switch
    {
        { Active: not null } => ExtensionStatus.Active,
        { DisabledByConfiguration: true } when retired.Any(r => r.IsAlive) => ExtensionStatus.PendingUnload,
        { DisabledByConfiguration: true } => ExtensionStatus.Disabled,
        { Unsupported: true } => ExtensionStatus.NotSupported,
        _ when retired.Any(r => r.IsAlive) => ExtensionStatus.PendingUnload,
        _ => ExtensionStatus.Malfunctioned,
    };

    public IReadOnlyList<RetiredVersion> Retired
    {
        get
        {
            lock (retired)
                return [.. retired];
        }
    }

    public void AddRetired(RetiredVersion version)
    {
        lock (retired)
        {
            retired.Add(version);
            // Collected versions are only history: keep the newest few for the admin view. Live ones always stay listed.
            var surplus = retired.Count - KeptHistory;
            foreach (var collected in retired.Where(r => !r.IsAlive).Take(Math.Max(0, surplus)).ToList())
                retired.Remove(collected);
        }
    }
}
