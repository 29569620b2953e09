using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Sdk.Data;

namespace Modular.Host.Data;

/// <summary>Configures every DbContext, the platform's and the modules', for the provider the operator chose.</summary>
internal sealed class ModuleDatabase(DatabaseOptions options, ILoggerFactory? loggers = null) : IModuleDatabase
{
    // One queue for every context of this process: they all write to the same file.
    private readonly SqliteWriteTurns sqliteWriteTurns = new((loggers ?? NullLoggerFactory.Instance).CreateLogger<SqliteWriteTurns>());

    public string ProviderName => options.Provider == DatabaseProvider.Postgres ? DatabaseNaming.PostgresProvider : "Microsoft.EntityFrameworkCore.Sqlite";

    public DatabaseProvider Provider => options.Provider;

    public void Configure(DbContextOptionsBuilder builder, string moduleId, IServiceProvider internalServices)
    {
        var schema = DatabaseNaming.Schema(ProviderName, moduleId);
        var history = DatabaseNaming.Table(ProviderName, moduleId, DatabaseNaming.HistoryTable);
        if (options.Provider == DatabaseProvider.Postgres)
            builder.UseNpgsql(PooledWithoutReset(options.ConnectionString), npgsql => npgsql.MigrationsHistoryTable(history, schema));
        else
            builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(history)).AddInterceptors(sqliteWriteTurns);

        builder.UseInternalServiceProvider(internalServices)
            // Migrations are written by hand and carry no model snapshot; a test compares the migrated schema with the model instead.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// Every context opens and closes its connection several times a request; Npgsql's reset on each return to the
    /// pool (DISCARD ALL) was a round trip apiece and dropped prepared statements. Nothing here leaves session state
    /// behind (locks are transaction-scoped, no SET), so the reset is skipped unless the operator asked for it.
    /// </summary>
    private static string PooledWithoutReset(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
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
