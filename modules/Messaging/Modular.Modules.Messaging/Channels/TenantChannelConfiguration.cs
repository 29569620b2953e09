using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Messaging.Channels;

internal sealed class TenantChannelConfiguration : IEntityTypeConfiguration<TenantChannel>
{
    public void Configure(EntityTypeBuilder<TenantChannel> channel)
    {
        channel.ToTable("channels");
        channel.Property(c => c.ChannelKey).HasMaxLength(50);
        channel.Property(c => c.Name).HasMaxLength(100);
        channel.Property(c => c.BaseUrl).HasMaxLength(2000);
        channel.Property(c => c.Settings).HasMaxLength(8000);
        channel.Property(c => c.Secrets).HasMaxLength(16000);
        channel.Property(c => c.InboundKey).HasMaxLength(64);
        channel.Property(c => c.HookBaseUrl).HasMaxLength(2000);
        channel.HasIndex(c => c.InboundKey).IsUnique();
        channel.HasIndex(c => new { c.TenantId, c.CreatedAt });
    }
}
