using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Qualification.ContactWindows;

internal sealed class WindowSettingsConfiguration : IEntityTypeConfiguration<WindowSettings>
{
    public void Configure(EntityTypeBuilder<WindowSettings> window)
    {
        window.ToTable("window_settings");
        window.HasKey(w => w.TenantId);
        window.Property(w => w.TimeZone).HasMaxLength(64);
        window.Property(w => w.Days).HasMaxLength(40);
        window.Property(w => w.From).HasMaxLength(5);
        window.Property(w => w.To).HasMaxLength(5);
    }
}
