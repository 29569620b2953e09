using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Privacy.Requests;

internal sealed class RequestStepMapping : IEntityTypeConfiguration<RequestStep>
{
    public void Configure(EntityTypeBuilder<RequestStep> step)
    {
        step.ToTable("request_steps");
        step.Property(s => s.Step).HasMaxLength(50);
        step.Property(s => s.Detail).HasMaxLength(2000);
        step.Property(s => s.Actor).HasMaxLength(100);
        step.HasIndex(s => new { s.TenantId, s.RequestId, s.At });
    }
}
