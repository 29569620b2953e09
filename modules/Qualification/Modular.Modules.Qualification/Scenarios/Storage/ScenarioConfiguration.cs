using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Qualification.Scenarios.Storage;

internal sealed class ScenarioConfiguration :
    IEntityTypeConfiguration<Scenario>, IEntityTypeConfiguration<ScenarioVersion>, IEntityTypeConfiguration<ScenarioSource>
{
    public void Configure(EntityTypeBuilder<Scenario> scenario)
    {
        scenario.ToTable("scenarios");
        scenario.Property(s => s.Name).HasMaxLength(100);
        scenario.HasIndex(s => new { s.TenantId, s.Name }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ScenarioVersion> version)
    {
        version.ToTable("scenario_versions");
        version.HasKey(v => new { v.ScenarioId, v.Version });
        version.Property(v => v.Name).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ScenarioSource> source)
    {
        source.ToTable("scenario_sources");
        source.HasKey(s => new { s.TenantId, s.SourceId });
        source.HasIndex(s => s.ScenarioId);
    }
}
