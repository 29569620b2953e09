using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Webhooks.Delivering;

internal sealed class DeliveryMapping : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> delivery)
    {
        delivery.ToTable("deliveries");
        delivery.Property(d => d.MessageId).HasMaxLength(40);
        delivery.Property(d => d.Status).HasMaxLength(20);
        delivery.HasIndex(d => new { d.EndpointId, d.MessageId }).IsUnique();
        delivery.HasIndex(d => new { d.TenantId, d.MessageId });
    }
}
