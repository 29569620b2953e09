using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Host.Platform.Jobs;

/// <summary>The <c>jobs</c> table; migration M0003 creates the same.</summary>
internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> job)
    {
        job.ToTable("jobs");
        job.HasKey(j => j.Id);
        job.Property(j => j.Type).HasMaxLength(200);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.LockedBy).HasMaxLength(200);
        job.Property(j => j.LastError).HasMaxLength(ErrorText.MaxLength);
        // What every claim asks: which pending jobs are due, oldest first; running ones (few) share the prefix.
        job.HasIndex(j => new { j.Status, j.RunAt });
    }
}
