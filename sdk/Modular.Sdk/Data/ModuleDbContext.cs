using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Platform;

namespace Modular.Sdk.Data;

/// <summary>
/// Base of every module's DbContext: puts the module's tables in its own schema (PostgreSQL) or behind its own
/// prefix (SQLite), so modules never share a table and each can be migrated on its own; and filters every
/// <see cref="ITenantOwned"/> entity to the current tenant.
/// </summary>
/// <param name="options">The options the platform configured.</param>
/// <param name="moduleId">The owning module's id.</param>
/// <param name="currentTenant">The tenant queries are filtered to; with none, tenant-owned queries find nothing (use <c>IgnoreQueryFilters</c> deliberately).</param>
public abstract class ModuleDbContext(DbContextOptions options, string moduleId, ICurrentTenant? currentTenant = null) : DbContext(options)
{
    private static readonly MethodInfo FilterToTenant = typeof(ModuleDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>The owning module's id, which names its schema or table prefix.</summary>
    public string ModuleId { get; } = moduleId;

    /// <summary>The tenant every tenant-owned query is filtered to; <see cref="Guid.Empty"/> matches no row.</summary>
    protected Guid CurrentTenantId => currentTenant?.TenantId ?? Guid.Empty;

    /// <summary>Describes the module's entities; table names given here are bare (no schema, no prefix).</summary>
    protected abstract void BuildModel(ModelBuilder modelBuilder);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.Apply(configurationBuilder, Database.ProviderName);

    /// <inheritdoc />
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        BuildModel(modelBuilder);

        var provider = Database.ProviderName;
        if (DatabaseNaming.Schema(provider, ModuleId) is { } schema)
            modelBuilder.HasDefaultSchema(schema);

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
            entity.SetTableName(DatabaseNaming.Table(provider, ModuleId, entity.GetTableName()!));

        foreach (var owned in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null).ToList())
            FilterToTenant.MakeGenericMethod(owned.ClrType).Invoke(this, [modelBuilder]);
    }

    private void ApplyTenantFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ITenantOwned =>
        modelBuilder.Entity<TEntity>().HasQueryFilter(entity => entity.TenantId == CurrentTenantId);
}
