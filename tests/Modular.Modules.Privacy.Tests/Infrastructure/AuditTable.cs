using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Modular.Modules.Privacy.Tests.Infrastructure;

/// <summary>
/// The audit entries table reached with plain SQL, as someone with database access would tamper with it. Rows are
/// named by tenant and sequence number; <c>{table}</c> in a statement stands for the table's name on the provider.
/// </summary>
public sealed class AuditTable
{
    private readonly Func<DbConnection> connect;
    private readonly string table;
    private readonly bool postgres;

    private AuditTable(Func<DbConnection> connect, string table, bool postgres)
    {
        this.connect = connect;
        this.table = table;
        this.postgres = postgres;
    }

    public static AuditTable OnSqlite(string path) => new(() => new SqliteConnection($"Data Source={path};Pooling=False"), "\"platform_audit_entries\"", postgres: false);

    public static AuditTable OnPostgres(string connectionString) => new(() => new NpgsqlConnection(connectionString), "\"platform\".\"audit_entries\"", postgres: true);

    /// <summary>Runs <paramref name="sql"/> with @tenant bound to <paramref name="tenantId"/> as the provider stores it; answers the rows changed.</summary>
    public async Task<int> ExecuteAsync(Guid tenantId, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("{table}", table);
        Add(command, "tenant", Stored(tenantId));
        foreach (var (name, value) in parameters)
            Add(command, name, value is Guid guid ? Stored(guid) : value);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Sets one column of the entry at <paramref name="sequence"/> to the SQL expression <paramref name="expression"/>.</summary>
    public async Task AlterAsync(Guid tenantId, long sequence, string column, string expression, params (string Name, object Value)[] parameters)
    {
        var changed = await ExecuteAsync(tenantId, $"UPDATE {{table}} SET \"{column}\" = {expression} WHERE \"TenantId\" = @tenant AND \"Sequence\" = @sequence",
            [.. parameters, ("sequence", sequence)]);
        changed.ShouldBe(1, $"entry {sequence} should have been altered");
    }

    // EF Core keeps a Guid on SQLite as upper-case text.
    private object Stored(Guid id) => postgres ? id : id.ToString().ToUpperInvariant();

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
