using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Crm.Syncs;

internal sealed class CrmSyncMapping : IEntityTypeConfiguration<CrmSync>
{
    public void Configure(EntityTypeBuilder<CrmSync> sync)
    {
        sync.ToTable("syncs");
        sync.Property(s => s.Trigger).HasMaxLength(20);
        sync.Property(s => s.Status).HasMaxLength(20);
        sync.Property(s => s.RemoteId).HasMaxLength(200);
        sync.Property(s => s.ReportRemoteId).HasMaxLength(200);
        sync.Property(s => s.LastError).HasMaxLength(1000);
        sync.HasIndex(s => new { s.ConnectorId, s.TriggerEventId }).IsUnique();
        sync.HasIndex(s => new { s.TenantId, s.LeadId, s.CreatedAt });
        sync.HasIndex(s => new { s.ConnectorId, s.RemoteId });
        sync.HasIndex(s => new { s.TenantId, s.Status, s.CreatedAt });
    }
}
