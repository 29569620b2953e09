using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Modular.Sdk.Data;

namespace Modular.Host.Data;

/// <summary>Configures every DbContext, the platform's and the modules', for the provider the operator chose.</summary>
internal sealed class ModuleDatabase(DatabaseOptions options) : IModuleDatabase
{
    public string ProviderName => options.Provider == DatabaseProvider.Postgres ? DatabaseNaming.PostgresProvider : "Microsoft.EntityFrameworkCore.Sqlite";

    public DatabaseProvider Provider => options.Provider;

    public void Configure(DbContextOptionsBuilder builder, string moduleId, IServiceProvider internalServices)
    {
        var schema = DatabaseNaming.Schema(ProviderName, moduleId);
        var history = DatabaseNaming.Table(ProviderName, moduleId, DatabaseNaming.HistoryTable);
        if (options.Provider == DatabaseProvider.Postgres)
            builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(history, schema));
        else
            builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(history));

        builder.UseInternalServiceProvider(internalServices)
            // Migrations are written by hand and carry no model snapshot; a test compares the migrated schema with the model instead.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public IServiceProvider CreateInternalServiceProvider()
    {
        var services = new ServiceCollection();
        if (options.Provider == DatabaseProvider.Postgres)
            services.AddEntityFrameworkNpgsql();
        else
            services.AddEntityFrameworkSqlite();
        return services.BuildServiceProvider();
    }
}
