using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Webhooks.Messages;

internal sealed class WebhookMessageMapping : IEntityTypeConfiguration<WebhookMessage>
{
    public void Configure(EntityTypeBuilder<WebhookMessage> message)
    {
        message.ToTable("messages");
        message.Property(m => m.Id).HasMaxLength(40);
        message.Property(m => m.EventType).HasMaxLength(50);
        message.Property(m => m.Payload).HasMaxLength(64000);
        message.HasIndex(m => new { m.TenantId, m.SourceEventId }).IsUnique();
        message.HasIndex(m => new { m.TenantId, m.CreatedAt });
    }
}
