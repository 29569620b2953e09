using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Leads;

internal sealed class LeadRequestConfiguration : IEntityTypeConfiguration<LeadRequest>
{
    public void Configure(EntityTypeBuilder<LeadRequest> request)
    {
        request.ToTable("requests");
        request.HasKey(r => new { r.TenantId, r.Key });
        request.Property(r => r.Key).HasMaxLength(200);
    }
}
