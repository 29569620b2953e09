using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Scenarios.Storage;

/// <summary>A lead source whose leads get this scenario instead of the tenant's default. A source has at most one.</summary>
internal sealed class ScenarioSource : ITenantOwned
{
    public Guid TenantId { get; init; }
    public Guid SourceId { get; init; }
    public Guid ScenarioId { get; set; }
}
