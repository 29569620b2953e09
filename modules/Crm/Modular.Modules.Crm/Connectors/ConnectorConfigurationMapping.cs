using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Crm.Connectors;

internal sealed class ConnectorConfigurationMapping : IEntityTypeConfiguration<ConnectorConfiguration>
{
    public void Configure(EntityTypeBuilder<ConnectorConfiguration> connector)
    {
        connector.ToTable("connectors");
        connector.Property(c => c.Type).HasMaxLength(50);
        connector.Property(c => c.Name).HasMaxLength(100);
        connector.Property(c => c.BaseUrl).HasMaxLength(2000);
        connector.Property(c => c.Credentials).HasMaxLength(16000);
        connector.Property(c => c.Settings).HasMaxLength(32000);
        connector.Property(c => c.SyncOn).HasMaxLength(200);
        connector.Property(c => c.FieldMapping).HasMaxLength(8000);
        connector.Property(c => c.LeadCursor).HasMaxLength(500);
        connector.Property(c => c.OutcomeCursor).HasMaxLength(500);
        connector.Property(c => c.LastReadError).HasMaxLength(1000);
        connector.HasIndex(c => new { c.TenantId, c.CreatedAt });
    }
}
