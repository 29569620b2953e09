using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Timeline;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> entry)
    {
        entry.ToTable("timeline");
        entry.Property(e => e.Module).HasMaxLength(50);
        entry.Property(e => e.Type).HasMaxLength(100);
        entry.Property(e => e.Summary).HasMaxLength(500);
        entry.Property(e => e.Actor).HasMaxLength(100);
        entry.HasIndex(e => new { e.LeadId, e.OccurredAt });
        entry.HasIndex(e => e.EventId).IsUnique();
    }
}
