using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Users;

/// <summary>
/// ASP.NET Core Identity's user store, in its own <c>identity</c> schema (or table prefix on SQLite) with its own
/// migrations history. It derives from Identity's context rather than <see cref="ModuleDbContext"/>, so the same
/// naming rules are applied here by hand.
/// </summary>
internal sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : IdentityUserContext<User, Guid>(options)
{
    public const string Id = "identity";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.Apply(configurationBuilder, Database.ProviderName);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var provider = Database.ProviderName;
        builder.Entity<User>(user =>
        {
            // Identity names these two indexes without their table; SQLite's index names are database-wide.
            user.HasIndex(u => u.NormalizedEmail).HasDatabaseName(DatabaseNaming.Table(provider, Id, "EmailIndex"));
            user.HasIndex(u => u.NormalizedUserName).HasDatabaseName(DatabaseNaming.Table(provider, Id, "UserNameIndex"));
            user.ToTable("users");
            user.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
            user.Property(u => u.FirstName).HasMaxLength(100);
            user.Property(u => u.LastName).HasMaxLength(100);
            user.HasIndex(u => u.TenantId);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");

        if (DatabaseNaming.Schema(provider, Id) is { } schema)
            builder.HasDefaultSchema(schema);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            entity.SetTableName(DatabaseNaming.Table(provider, Id, entity.GetTableName()!));
    }
}
