using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Sources;

internal sealed class LeadSourceConfiguration : IEntityTypeConfiguration<LeadSource>
{
    public void Configure(EntityTypeBuilder<LeadSource> source)
    {
        source.ToTable("sources");
        source.Property(s => s.Name).HasMaxLength(100);
        source.Property(s => s.Format).HasConversion<string>().HasMaxLength(20);
        source.Property(s => s.Key).HasMaxLength(64);
        source.Property(s => s.ProtectedSecret).HasMaxLength(1000);
        source.Property(s => s.FieldMapping).HasMaxLength(8000);
        source.Property(s => s.ThankYouUrl).HasMaxLength(2000);
        source.Property(s => s.AllowedOrigins).HasMaxLength(2000);
        source.Property(s => s.HoneypotField).HasMaxLength(100);
        source.Property(s => s.DefaultCountry).HasMaxLength(2);
        source.HasIndex(s => s.Key).IsUnique();
        source.HasIndex(s => s.TenantId);
    }
}
