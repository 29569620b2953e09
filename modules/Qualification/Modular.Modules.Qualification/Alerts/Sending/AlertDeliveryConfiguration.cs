using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Qualification.Alerts.Sending;

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> delivery)
    {
        delivery.ToTable("alert_deliveries");
        delivery.HasKey(d => new { d.TenantId, d.EventId, d.UserId, d.Channel });
        delivery.Property(d => d.Channel).HasMaxLength(10);
        delivery.Property(d => d.Status).HasMaxLength(20);
        delivery.Property(d => d.Reason).HasMaxLength(300);
        delivery.HasIndex(d => new { d.TenantId, d.LeadId });
    }
}
