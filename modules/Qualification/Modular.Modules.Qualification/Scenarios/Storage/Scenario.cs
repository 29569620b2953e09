using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Scenarios.Storage;

/// <summary>A tenant's scenario; <see cref="Definition"/> is its current version's, kept here so listing needs no join.</summary>
internal sealed class Scenario : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public required string Name { get; set; }

    /// <summary>The scenario new leads get when their source names none.</summary>
    public bool IsDefault { get; set; }

    public int Version { get; set; }
    public required string Definition { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One immutable version of a scenario: a conversation runs the version it started with, whatever is edited later.</summary>
internal sealed class ScenarioVersion : ITenantOwned
{
    public Guid ScenarioId { get; init; }
    public int Version { get; init; }
    public Guid TenantId { get; init; }
    public required string Name { get; init; }
    public required string Definition { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
