using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Leads;

internal sealed class LeadSettingsConfiguration : IEntityTypeConfiguration<LeadSettings>
{
    public void Configure(EntityTypeBuilder<LeadSettings> settings)
    {
        settings.ToTable("settings");
        settings.HasKey(s => s.TenantId);
    }
}
