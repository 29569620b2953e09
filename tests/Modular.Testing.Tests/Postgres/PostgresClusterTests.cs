using Modular.Testing.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Modular.Testing.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresCluster cluster, ITestOutputHelper output)
{
    [PostgresFact]
    public async Task A_fresh_database_round_trips_rows()
    {
        await using var connection = await OpenAsync(await cluster.CreateDatabaseAsync());

        await ExecuteAsync(connection, "CREATE TABLE lead (id integer PRIMARY KEY, name text NOT NULL)");
        await ExecuteAsync(connection, "INSERT INTO lead (id, name) VALUES (1, 'Ada'), (2, 'Grace')");

        await using var select = new NpgsqlCommand("SELECT name FROM lead ORDER BY id", connection);
        await using var reader = await select.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        names.ShouldBe(["Ada", "Grace"]);
    }

    [PostgresFact]
    public async Task Databases_from_the_same_cluster_are_isolated()
    {
        var first = await cluster.CreateDatabaseAsync();
        var second = await cluster.CreateDatabaseAsync();
        first.ShouldNotBe(second);

        await using (var connection = await OpenAsync(first))
        {
            await ExecuteAsync(connection, "CREATE TABLE only_in_first (id integer)");
            (await TableExistsAsync(connection, "only_in_first")).ShouldBeTrue();
        }

        await using (var connection = await OpenAsync(second))
        {
            (await TableExistsAsync(connection, "only_in_first")).ShouldBeFalse();
        }
    }

    [PostgresFact]
    public async Task The_server_is_PostgreSQL_listening_on_the_clusters_own_loopback_port()
    {
        await using var connection = await OpenAsync(await cluster.CreateDatabaseAsync());
        await using var command = new NpgsqlCommand("SELECT version(), inet_server_addr()::text, inet_server_port()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();

        reader.GetString(0).ShouldContain("PostgreSQL");
        // inet_server_addr() is null over a Unix socket, so this also proves the TCP path is the one used.
        reader.GetString(1).ShouldStartWith("127.0.0.1");
        reader.GetInt32(2).ShouldBe(cluster.Port);
        output.WriteLine($"{reader.GetString(0)}; started in {cluster.StartupTime.TotalMilliseconds:F0} ms");
    }

    [PostgresTheory]
    [InlineData("named_db")]
    [InlineData("Mixed Case \"quoted\"")]
    public async Task A_database_can_be_given_a_name(string name)
    {
        await using var connection = await OpenAsync(await cluster.CreateDatabaseAsync(name));
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);

        (await command.ExecuteScalarAsync()).ShouldBe(name);
    }

    [PostgresFact]
    public async Task Creating_a_database_that_exists_fails()
    {
        var name = $"twice_{Guid.NewGuid():N}";
        await cluster.CreateDatabaseAsync(name);

        var error = await Should.ThrowAsync<PostgresException>(() => cluster.CreateDatabaseAsync(name));
        error.SqlState.ShouldBe(PostgresErrorCodes.DuplicateDatabase);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
