using Microsoft.Data.Sqlite;
using Npgsql;

namespace Modular.Bench.SpeedToLead;

/// <summary>
/// When the host stored each lead, opened its conversation and reserved and recorded its first message, read from the
/// host's own tables after the run: the stages between the intake's answer and the provider's, by the host's clock.
/// </summary>
internal static class LeadJourneys
{
    /// <returns>Each lead's journey, by its E.164 phone.</returns>
    public static async Task<IReadOnlyDictionary<string, LeadJourney>> ReadSqliteAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await ReadAsync(
            sql => new SqliteCommand(sql, connection),
            "leads_leads", "qualification_conversations", "messaging_messages",
            reader => Guid.Parse(reader.GetString(0)),
            (reader, column) => FromSqlite(reader.GetInt64(column)));
    }

    public static async Task<IReadOnlyDictionary<string, LeadJourney>> ReadPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await ReadAsync(
            sql => new NpgsqlCommand(sql, connection),
            "leads.leads", "qualification.conversations", "messaging.messages",
            reader => reader.GetGuid(0),
            (reader, column) => reader.GetFieldValue<DateTimeOffset>(column));
    }

    private static async Task<IReadOnlyDictionary<string, LeadJourney>> ReadAsync(
        Func<string, System.Data.Common.DbCommand> command, string leads, string conversations, string messages,
        Func<System.Data.Common.DbDataReader, Guid> leadId, Func<System.Data.Common.DbDataReader, int, DateTimeOffset> at)
    {
        var opened = new Dictionary<Guid, DateTimeOffset>();
        await foreach (var reader in RowsAsync(command($"""SELECT "LeadId", "CreatedAt" FROM {conversations}""")))
            opened[leadId(reader)] = at(reader, 1);

        // The first outbound message of each lead: the conversation's opening.
        var first = new Dictionary<Guid, (DateTimeOffset Reserved, DateTimeOffset Recorded, string Status)>();
        await foreach (var reader in RowsAsync(command($"""SELECT "LeadId", "CreatedAt", "UpdatedAt", "Status" FROM {messages} WHERE "Direction" = 'out' AND "LeadId" IS NOT NULL""")))
        {
            var id = leadId(reader);
            var reserved = at(reader, 1);
            if (!first.TryGetValue(id, out var earlier) || reserved < earlier.Reserved)
                first[id] = (reserved, at(reader, 2), reader.GetString(3));
        }

        var journeys = new Dictionary<string, LeadJourney>(StringComparer.Ordinal);
        await foreach (var reader in RowsAsync(command($"""SELECT "Id", "Phone", "CreatedAt" FROM {leads} WHERE "Phone" IS NOT NULL""")))
        {
            var id = leadId(reader);
            var message = first.TryGetValue(id, out var m) ? m : ((DateTimeOffset, DateTimeOffset, string)?)null;
            journeys[reader.GetString(1)] = new LeadJourney(
                at(reader, 2), opened.TryGetValue(id, out var o) ? o : null, message?.Item1, message?.Item2, message?.Item3);
        }
        return journeys;
    }

    private static async IAsyncEnumerable<System.Data.Common.DbDataReader> RowsAsync(System.Data.Common.DbCommand command)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                yield return reader;
        }
    }

    // The host stores DateTimeOffset on SQLite with EF Core's DateTimeOffsetToBinaryConverter: ticks / 1000 shifted
    // past an 11-bit offset in minutes, which is always 0 here (the host writes UTC).
    private static DateTimeOffset FromSqlite(long stored) => new(new DateTime((stored >> 11) * 1000, DateTimeKind.Utc));
}

/// <summary>One lead through the host, by the host's clock (UTC); null where it never got that far.</summary>
/// <param name="Stored">The lead row's creation, in the intake's transaction.</param>
/// <param name="Opened">The conversation row's creation, when the outbox delivered LeadReceived to the conversation engine.</param>
/// <param name="Reserved">The first message stored as <c>sending</c>, just before the provider was called.</param>
/// <param name="Recorded">That message's last update: the provider's answer recorded (or a later delivery status).</param>
/// <param name="Status">That message's status.</param>
internal sealed record LeadJourney(DateTimeOffset Stored, DateTimeOffset? Opened, DateTimeOffset? Reserved, DateTimeOffset? Recorded, string? Status);
