using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Leads;

internal sealed class LeadMergeConfiguration : IEntityTypeConfiguration<LeadMerge>
{
    public void Configure(EntityTypeBuilder<LeadMerge> merge)
    {
        merge.ToTable("merges");
        merge.Property(m => m.MatchedOn).HasMaxLength(20);
        merge.HasIndex(m => m.SurvivorId);
        merge.HasIndex(m => m.MergedId);
    }
}
