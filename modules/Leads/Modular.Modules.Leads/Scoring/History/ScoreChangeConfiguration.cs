using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Scoring.History;

internal sealed class ScoreChangeConfiguration : IEntityTypeConfiguration<ScoreChange>
{
    public void Configure(EntityTypeBuilder<ScoreChange> change)
    {
        change.ToTable("score_history");
        change.Property(c => c.ThresholdsCrossed).HasMaxLength(2000);
        change.Property(c => c.Trigger).HasMaxLength(30);
        change.HasIndex(c => new { c.LeadId, c.At });
    }
}
