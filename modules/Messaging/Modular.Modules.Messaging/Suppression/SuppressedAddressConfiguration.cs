using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Messaging.Suppression;

internal sealed class SuppressedAddressConfiguration : IEntityTypeConfiguration<SuppressedAddress>
{
    public void Configure(EntityTypeBuilder<SuppressedAddress> suppressed)
    {
        suppressed.ToTable("suppressions");
        suppressed.Property(s => s.AddressHash).HasMaxLength(64);
        suppressed.Property(s => s.Channel).HasMaxLength(50);
        suppressed.Property(s => s.Reason).HasMaxLength(200);
        suppressed.HasIndex(s => new { s.TenantId, s.AddressHash }).IsUnique();
    }
}
