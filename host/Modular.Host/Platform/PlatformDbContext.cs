using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform.Tenants;
using Modular.Sdk.Data;

namespace Modular.Host.Platform;

/// <summary>The host's own tables (tenants, and next users, API keys, jobs, outbox, audit), in the <c>platform</c> schema or prefix.</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options, PlatformDbContext.Id)
{
    public const string Id = "platform";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.ToTable("tenants");
            tenant.HasKey(t => t.Id);
            tenant.Property(t => t.CompanyName).HasMaxLength(200);
            tenant.Property(t => t.ContactFirstName).HasMaxLength(100);
            tenant.Property(t => t.ContactLastName).HasMaxLength(100);
            tenant.Property(t => t.Email).HasMaxLength(320);
            tenant.Property(t => t.Phone).HasMaxLength(32);
            tenant.Property(t => t.FieldOfActivity).HasMaxLength(200);
            tenant.Property(t => t.TimeZone).HasMaxLength(64);
            tenant.Property(t => t.Locale).HasMaxLength(16);
            tenant.Property(t => t.DefaultCountry).HasMaxLength(2);
        });
    }
}
