using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Webhooks.Delivering;

internal sealed class DeliveryAttemptRecordMapping : IEntityTypeConfiguration<DeliveryAttemptRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryAttemptRecord> attempt)
    {
        attempt.ToTable("attempts");
        attempt.Property(a => a.MessageId).HasMaxLength(40);
        attempt.Property(a => a.EventType).HasMaxLength(50);
        attempt.Property(a => a.ResponseBody).HasMaxLength(1024);
        attempt.Property(a => a.Error).HasMaxLength(1000);
        attempt.HasIndex(a => new { a.EndpointId, a.AttemptedAt });
        attempt.HasIndex(a => new { a.TenantId, a.MessageId });
    }
}
