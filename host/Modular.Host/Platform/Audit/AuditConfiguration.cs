using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Host.Platform.Audit;

/// <summary>The <c>audit_entries</c> and <c>audit_heads</c> tables; migration M0004 creates the same.</summary>
internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditRecord>, IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditRecord> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Actor).HasMaxLength(AuditRecord.ActorMaxLength);
        entry.Property(e => e.Action).HasMaxLength(AuditRecord.ActionMaxLength);
        entry.Property(e => e.Subject).HasMaxLength(AuditRecord.SubjectMaxLength);
        entry.Property(e => e.PreviousHash).HasMaxLength(AuditRecord.HashLength);
        entry.Property(e => e.Hash).HasMaxLength(AuditRecord.HashLength);
        // One entry per place in a tenant's chain: should two appends ever race past the head's lock, the second fails
        // instead of forking the chain.
        entry.HasIndex(e => new { e.TenantId, e.Sequence }).IsUnique();
        entry.HasIndex(e => new { e.TenantId, e.OccurredAt });
    }

    public void Configure(EntityTypeBuilder<AuditChainHead> head)
    {
        head.ToTable("audit_heads");
        head.HasKey(h => h.TenantId);
        head.Property(h => h.TenantId).ValueGeneratedNever();
        head.Property(h => h.Hash).HasMaxLength(AuditRecord.HashLength);
    }
}
