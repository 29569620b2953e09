using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Host.Testing;

/// <summary>
/// The structure of a database as lines of text (tables, columns with type and nullability, keys, indexes), read
/// back from the database itself, so a schema built by migrations can be compared with one built from the model.
/// Migrations bookkeeping tables are left out.
/// </summary>
public static class SchemaDump
{
    public static async Task<IReadOnlyList<string>> ReadAsync(DbContext context)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        try
        {
            var lines = DatabaseNaming.IsPostgres(context.Database.ProviderName)
                ? await QueryAsync(connection, PostgresQuery)
                : await ReadSqliteAsync(connection);
            return [.. lines.Where(line => !line.Contains(DatabaseNaming.HistoryTable) && !line.Contains("__EFMigrationsLock")).Order(StringComparer.Ordinal)];
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private const string PostgresQuery = """
        SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
               || coalesce('(' || character_maximum_length || ')', '') || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
        FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
        UNION ALL
        SELECT 'constraint ' || table_schema || '.' || table_name || ' ' || constraint_type || ' ' || constraint_name
        FROM information_schema.table_constraints
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
        """;

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables)
        {
            lines.AddRange(await QueryAsync(connection, $"SELECT 'column {table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk || ' default=' || coalesce(dflt_value, '') FROM pragma_table_info('{table}')"));
            lines.AddRange(await QueryAsync(connection, $"SELECT 'index {table}.' || name || ' unique=' || \"unique\" || ' origin=' || origin FROM pragma_index_list('{table}')"));
            lines.AddRange(await QueryAsync(connection, $"SELECT 'foreign key {table}.' || \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}')"));
        }
        return lines;
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
            lines.Add(reader.GetString(0));
        return lines;
    }
}
