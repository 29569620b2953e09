using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Leads;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> lead)
    {
        lead.ToTable("leads");
        lead.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        lead.Property(l => l.FirstName).HasMaxLength(100);
        lead.Property(l => l.LastName).HasMaxLength(100);
        lead.Property(l => l.Email).HasMaxLength(254);
        lead.Property(l => l.Phone).HasMaxLength(40);
        lead.Property(l => l.PhoneType).HasMaxLength(20);
        lead.Property(l => l.Country).HasMaxLength(2);
        lead.Property(l => l.City).HasMaxLength(100);
        lead.Property(l => l.PostalCode).HasMaxLength(20);
        lead.Property(l => l.Company).HasMaxLength(200);
        lead.Property(l => l.Message).HasMaxLength(4000);
        lead.Property(l => l.Outcome).HasMaxLength(10);
        lead.Property(l => l.OutcomeCurrency).HasMaxLength(3);
        lead.Property(l => l.SearchText).HasMaxLength(800);
        lead.HasIndex(l => new { l.TenantId, l.CreatedAt });
        lead.HasIndex(l => new { l.TenantId, l.Email });
        lead.HasIndex(l => new { l.TenantId, l.Phone });
        lead.HasIndex(l => l.MergedIntoId);
    }
}
