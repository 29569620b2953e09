using Modular.Host.Runtime;
using Modular.Sdk.Manifest;

namespace Modular.Host.Admin.Shared;

/// <summary>A module or plugin as operators see it.</summary>
internal sealed record ModuleView(
    string Id,
    string Kind,
    string? Version,
    string Status,
    DateTimeOffset? LoadedAt,
    string? SdkVersion,
    string? Reason,
    int Endpoints,
    int RequestsInFlight,
    IReadOnlyList<RetiredView> Retired)
{
    public static ModuleView From(ExtensionSlot slot)
    {
        var manifest = slot.Active?.Context.Manifest ?? slot.Manifest;
        return new ModuleView(
            slot.Id,
            slot.Kind == ExtensionKind.Plugin ? "plugin" : "module",
            manifest?.Version,
            slot.Status.ToString(),
            slot.Active?.LoadedAt,
            manifest?.SdkVersion,
            slot.Reason,
            slot.Active?.Endpoints.Count ?? 0,
            slot.Active?.RequestsInFlight ?? 0,
            [.. slot.Retired.Select(r => new RetiredView(r.Version, r.State, r.RetiredAt, r.Reason))]);
    }
}

/// <summary>A version that was swapped out: <c>Unloaded</c> once collected, <c>PendingUnload</c> while something still references it.</summary>
internal sealed record RetiredView(string Version, string Status, DateTimeOffset RetiredAt, string? Reason);
