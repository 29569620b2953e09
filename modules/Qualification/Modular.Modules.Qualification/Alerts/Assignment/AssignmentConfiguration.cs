using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Qualification.Alerts.Assignment;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<AssignmentSettings>, IEntityTypeConfiguration<LeadAssignment>
{
    public void Configure(EntityTypeBuilder<AssignmentSettings> settings)
    {
        settings.ToTable("assignment_settings");
        settings.HasKey(s => s.TenantId);
        settings.Property(s => s.Mode).HasMaxLength(20);
        settings.Property(s => s.PublicBaseUrl).HasMaxLength(2000);
        settings.Property(s => s.Revision).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<LeadAssignment> assignment)
    {
        assignment.ToTable("lead_assignments");
        assignment.HasKey(a => new { a.TenantId, a.LeadId });
        assignment.Property(a => a.Method).HasMaxLength(20);
        assignment.HasIndex(a => new { a.TenantId, a.UserId });
    }
}
