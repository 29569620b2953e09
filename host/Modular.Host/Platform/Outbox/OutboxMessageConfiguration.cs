using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Host.Platform.Jobs;

namespace Modular.Host.Platform.Outbox;

/// <summary>The <c>outbox_messages</c> table; migration M0003 creates the same.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    /// <summary>Dispatched rows pile up; only the undelivered ones are indexed for the dispatcher's claim.</summary>
    public const string UndeliveredFilter = "\"DispatchedAt\" IS NULL";

    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("outbox_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Type).HasMaxLength(500);
        message.Property(m => m.LastError).HasMaxLength(ErrorText.MaxLength);
        message.HasIndex(m => m.NextAttemptAt).HasFilter(UndeliveredFilter);
    }
}
