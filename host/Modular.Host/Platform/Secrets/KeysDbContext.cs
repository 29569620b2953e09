using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Secrets;

/// <summary>
/// ASP.NET Core Data Protection's key ring, in the database every instance shares: a secret encrypted by one
/// instance decrypts on any other and after any restart.
/// </summary>
internal sealed class KeysDbContext(DbContextOptions<KeysDbContext> options) : ModuleDbContext(options, Id), IDataProtectionKeyContext
{
    public const string Id = "dataprotection";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void BuildModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("keys");
}
