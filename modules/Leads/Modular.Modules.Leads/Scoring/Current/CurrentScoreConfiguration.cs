using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Leads.Scoring.Current;

internal sealed class CurrentScoreConfiguration : IEntityTypeConfiguration<CurrentScore>
{
    public void Configure(EntityTypeBuilder<CurrentScore> score)
    {
        score.ToTable("scores");
        score.HasKey(s => s.LeadId);
        score.Property(s => s.Version).IsConcurrencyToken();
    }
}
