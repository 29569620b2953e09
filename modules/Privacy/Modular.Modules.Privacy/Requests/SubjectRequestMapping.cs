using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Privacy.Requests;

internal sealed class SubjectRequestMapping : IEntityTypeConfiguration<SubjectRequest>
{
    public void Configure(EntityTypeBuilder<SubjectRequest> request)
    {
        request.ToTable("requests");
        request.Property(r => r.Type).HasMaxLength(30);
        request.Property(r => r.Status).HasMaxLength(20);
        request.Property(r => r.SubjectEmail).HasMaxLength(320);
        request.Property(r => r.SubjectPhone).HasMaxLength(40);
        request.Property(r => r.SubjectAddresses).HasMaxLength(4000);
        request.Property(r => r.SubjectHashes).HasMaxLength(4000);
        request.Property(r => r.LeadIds).HasMaxLength(40000);
        request.Property(r => r.Notes).HasMaxLength(2000);
        request.Property(r => r.CreatedBy).HasMaxLength(100);
        request.Property(r => r.ExtensionReason).HasMaxLength(1000);
        request.Property(r => r.Report).HasMaxLength(64000);
        request.HasIndex(r => new { r.TenantId, r.ReceivedAt });
        request.HasIndex(r => new { r.TenantId, r.Status, r.DueAt });
    }
}
