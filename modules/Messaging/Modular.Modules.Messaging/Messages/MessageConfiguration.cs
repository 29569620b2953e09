using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Messaging.Messages;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> message)
    {
        message.ToTable("messages");
        message.Property(m => m.Direction).HasMaxLength(3);
        message.Property(m => m.ChannelKey).HasMaxLength(50);
        message.Property(m => m.Address).HasMaxLength(320);
        message.Property(m => m.Subject).HasMaxLength(300);
        message.Property(m => m.ProviderMessageId).HasMaxLength(200);
        message.Property(m => m.IdempotencyKey).HasMaxLength(200);
        // Two status reports, or two retries of one send, racing on a message: the second write finds it changed and reads again.
        message.Property(m => m.Status).HasMaxLength(20).IsConcurrencyToken();
        message.Property(m => m.UpdatedAt).IsConcurrencyToken();
        message.Property(m => m.ErrorCode).HasMaxLength(50);
        message.Property(m => m.Error).HasMaxLength(500);
        // The database, not a look-up before the insert, is what keeps two concurrent deliveries of one provider message
        // (or two concurrent sends under one idempotency key) to a single row.
        message.HasIndex(m => new { m.ChannelId, m.Direction, m.ProviderMessageId }).IsUnique();
        message.HasIndex(m => new { m.TenantId, m.IdempotencyKey }).IsUnique();
        message.HasIndex(m => new { m.TenantId, m.Address, m.CreatedAt });
        message.HasIndex(m => new { m.TenantId, m.LeadId, m.CreatedAt });
    }
}
