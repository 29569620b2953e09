using Microsoft.Data.Sqlite;

namespace Modular.Bench.Intake;

/// <summary>The host's SQLite file, opened with the connection string the host builds for it.</summary>
internal sealed class SqliteLeadsDatabase(string path) : ILeadsDatabase
{
    private readonly string connectionString = $"Data Source={path};Pooling=True";

    public string Description => $"SQLite file {Path.GetFileName(path)}";

    public async Task InsertAsync(LeadRow row, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO leads_leads ("Id", "TenantId", "SourceId", "Status", "FirstName", "LastName", "Email", "EmailValid", "Phone", "PhoneValid",
                "PhoneType", "Country", "Message", "Attributes", "IsTest", "Score", "SearchText", "CreatedAt", "UpdatedAt")
            VALUES ($id, $tenant, $source, 'New', $first, $last, $email, 1, $phone, 1, 'mobile', 'FR', $message, '{}', 0, 0, $search, $at, $at)
            """;
        // EF Core's SQLite provider writes GUIDs as upper-case text, and the host stores DateTimeOffset as EF's binary form.
        command.Parameters.AddWithValue("$id", row.Id.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$tenant", row.TenantId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$source", row.SourceId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$first", row.FirstName);
        command.Parameters.AddWithValue("$last", row.LastName);
        command.Parameters.AddWithValue("$email", row.Email);
        command.Parameters.AddWithValue("$phone", row.Phone);
        command.Parameters.AddWithValue("$message", row.Message);
        command.Parameters.AddWithValue("$search", row.SearchText);
        command.Parameters.AddWithValue("$at", (row.CreatedAt.UtcTicks / 1000) << 11);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<long> UndispatchedEventsAsync() => ScalarAsync("""SELECT count(*) FROM platform_outbox_messages WHERE "DispatchedAt" IS NULL""");

    public Task<long> LeadCountAsync() => ScalarAsync("SELECT count(*) FROM leads_leads");

    /// <summary>Nothing to do: the host never runs ANALYZE on its SQLite file, so its plans do not depend on statistics.</summary>
    public Task RefreshStatisticsAsync() => Task.CompletedTask;

    /// <summary>The journal mode decides how writers wait for each other, so the report names it.</summary>
    public async Task<string> JournalModeAsync()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
