using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Scoring.Model;

internal sealed class StoredWinModelConfiguration : IEntityTypeConfiguration<StoredWinModel>
{
    public void Configure(EntityTypeBuilder<StoredWinModel> model)
    {
        model.ToTable("win_models");
        model.HasKey(m => m.TenantId);
    }
}
