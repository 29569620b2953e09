namespace Modular.Bench;

/// <summary>One entry of GET /api/v1/admin/modules, as far as the benchmarks read it.</summary>
internal sealed record ExtensionState(string Id, string Status, string? Version, IReadOnlyList<RetiredState> Retired);

internal sealed record RetiredState(string Version, string Status);
