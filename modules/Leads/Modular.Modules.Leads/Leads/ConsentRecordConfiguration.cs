using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Leads;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> consent)
    {
        consent.ToTable("consents");
        consent.Property(c => c.IpAddress).HasMaxLength(45);
        consent.Property(c => c.Text).HasMaxLength(2000);
        consent.Property(c => c.Purposes).HasMaxLength(200);
        consent.HasIndex(c => c.LeadId);
    }
}
