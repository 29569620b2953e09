using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Scoring.Policies;

internal sealed class StoredScoringPolicyConfiguration : IEntityTypeConfiguration<StoredScoringPolicy>
{
    public void Configure(EntityTypeBuilder<StoredScoringPolicy> policy)
    {
        policy.ToTable("scoring_policies");
        policy.HasKey(p => p.TenantId);
        policy.Property(p => p.UpdatedBy).HasMaxLength(100);
    }
}
