using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Imports;

internal sealed class LeadImportConfiguration : IEntityTypeConfiguration<LeadImport>
{
    public void Configure(EntityTypeBuilder<LeadImport> import)
    {
        import.ToTable("imports");
        import.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        import.Property(i => i.StoredFile).HasMaxLength(200);
        import.Property(i => i.Delimiter).HasMaxLength(1);
        import.Property(i => i.Encoding).HasMaxLength(20);
        import.Property(i => i.CreatedBy).HasMaxLength(100);
        import.Property(i => i.Error).HasMaxLength(1000);
        // Two runs of the same import (a job outliving its lease) cannot both move it forward: the second one's
        // update finds the counter changed and its rows roll back with it.
        import.Property(i => i.RowsDone).IsConcurrencyToken();
        import.HasIndex(i => new { i.TenantId, i.CreatedAt });
    }
}
