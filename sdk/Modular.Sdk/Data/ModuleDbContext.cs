using Microsoft.EntityFrameworkCore;

namespace Modular.Sdk.Data;

/// <summary>
/// Base of every module's DbContext: puts the module's tables in its own schema (PostgreSQL) or behind its own
/// prefix (SQLite), so modules never share a table and each can be migrated on its own.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, string moduleId) : DbContext(options)
{
    /// <summary>The owning module's id, which names its schema or table prefix.</summary>
    public string ModuleId { get; } = moduleId;

    /// <summary>Describes the module's entities; table names given here are bare (no schema, no prefix).</summary>
    protected abstract void BuildModel(ModelBuilder modelBuilder);

    /// <inheritdoc />
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        BuildModel(modelBuilder);

        var provider = Database.ProviderName;
        if (DatabaseNaming.Schema(provider, ModuleId) is { } schema)
            modelBuilder.HasDefaultSchema(schema);

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
            entity.SetTableName(DatabaseNaming.Table(provider, ModuleId, entity.GetTableName()!));
    }
}
