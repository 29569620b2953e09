using Npgsql;

namespace Modular.Bench.Intake;

/// <summary>The host's PostgreSQL database through a pooled data source, as the host's own Npgsql uses it.</summary>
internal sealed class PostgresLeadsDatabase(string connectionString) : ILeadsDatabase
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public string Description => "PostgreSQL";

    public async Task InsertAsync(LeadRow row, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO leads.leads ("Id", "TenantId", "SourceId", "Status", "FirstName", "LastName", "Email", "EmailValid", "Phone", "PhoneValid",
                "PhoneType", "Country", "Message", "Attributes", "IsTest", "Score", "SearchText", "CreatedAt", "UpdatedAt")
            VALUES ($1, $2, $3, 'New', $4, $5, $6, true, $7, true, 'mobile', 'FR', $8, '{}', false, 0, $9, $10, $10)
            """);
        foreach (var value in new object[] { row.Id, row.TenantId, row.SourceId, row.FirstName, row.LastName, row.Email, row.Phone, row.Message, row.SearchText, row.CreatedAt })
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<long> UndispatchedEventsAsync() => ScalarAsync("""SELECT count(*) FROM platform.outbox_messages WHERE "DispatchedAt" IS NULL""");

    public Task<long> LeadCountAsync() => ScalarAsync("SELECT count(*) FROM leads.leads");

    public async Task RefreshStatisticsAsync()
    {
        await using var command = dataSource.CreateCommand("ANALYZE");
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
