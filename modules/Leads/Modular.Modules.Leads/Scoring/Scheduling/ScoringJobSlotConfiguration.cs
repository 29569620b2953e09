using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Scoring.Scheduling;

internal sealed class ScoringJobSlotConfiguration : IEntityTypeConfiguration<ScoringJobSlot>
{
    public void Configure(EntityTypeBuilder<ScoringJobSlot> slot)
    {
        slot.ToTable("scoring_jobs");
        slot.HasKey(s => new { s.TenantId, s.Job });
        slot.Property(s => s.Job).HasMaxLength(40);
        slot.Property(s => s.Token).IsConcurrencyToken();
    }
}
