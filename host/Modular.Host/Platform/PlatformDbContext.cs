using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Platform.Audit;
using Modular.Host.Platform.Jobs;
using Modular.Host.Platform.Outbox;
using Modular.Host.Platform.Tenants;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform;

/// <summary>The host's own tables (tenants, API keys, and next users, jobs, outbox, audit), in the <c>platform</c> schema or prefix.</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, ICurrentTenant? currentTenant = null)
    : ModuleDbContext(options, Id, currentTenant)
{
    public const string Id = "platform";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    // Jobs and the transactional outbox (Platform/Jobs, Platform/Outbox): configured beside their code.
    public DbSet<Job> Jobs => Set<Job>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

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

        modelBuilder.Entity<ApiKey>(key =>
        {
            key.ToTable("api_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(100);
            key.Property(k => k.Prefix).HasMaxLength(8);
            key.Property(k => k.SecretHash).HasMaxLength(32);
            key.Property(k => k.Scopes).HasMaxLength(500);
            key.HasIndex(k => k.Prefix).IsUnique();
            key.HasIndex(k => k.TenantId);
            key.HasOne<Tenant>().WithMany().HasForeignKey(k => k.TenantId).OnDelete(DeleteBehavior.Cascade);
        });

        // Jobs and the transactional outbox.
        modelBuilder.ApplyConfiguration(new JobConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());

        // The audit trail: hash-chained entries and each chain's head.
        modelBuilder.ApplyConfiguration<AuditRecord>(new AuditConfiguration());
        modelBuilder.ApplyConfiguration<AuditChainHead>(new AuditConfiguration());
    }
}
