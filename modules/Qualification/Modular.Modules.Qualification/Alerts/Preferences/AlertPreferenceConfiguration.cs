using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Qualification.Alerts.Preferences;

internal sealed class AlertPreferenceConfiguration : IEntityTypeConfiguration<AlertPreference>
{
    public void Configure(EntityTypeBuilder<AlertPreference> preference)
    {
        preference.ToTable("alert_preferences");
        preference.HasKey(p => new { p.TenantId, p.UserId });
        preference.Property(p => p.Channels).HasMaxLength(20);
        preference.Property(p => p.Verdicts).HasMaxLength(60);
        preference.Property(p => p.QuietFrom).HasMaxLength(5);
        preference.Property(p => p.QuietTo).HasMaxLength(5);
        preference.Property(p => p.Phone).HasMaxLength(20);
    }
}
