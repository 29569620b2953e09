using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Leads;

internal sealed class LeadTagConfiguration : IEntityTypeConfiguration<LeadTag>
{
    public void Configure(EntityTypeBuilder<LeadTag> tag)
    {
        tag.ToTable("tags");
        tag.HasKey(t => new { t.LeadId, t.Tag });
        tag.Property(t => t.Tag).HasMaxLength(50);
        tag.HasIndex(t => new { t.TenantId, t.Tag });
    }
}
