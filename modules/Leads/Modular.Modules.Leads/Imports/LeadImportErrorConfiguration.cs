using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Imports;

internal sealed class LeadImportErrorConfiguration : IEntityTypeConfiguration<LeadImportError>
{
    public void Configure(EntityTypeBuilder<LeadImportError> error)
    {
        error.ToTable("import_errors");
        error.HasKey(e => new { e.ImportId, e.Row });
        error.Property(e => e.Error).HasMaxLength(LeadImportError.MaxErrorLength);
        error.Property(e => e.Line).HasMaxLength(LeadImportError.MaxLineLength);
    }
}
