using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Modular.Bench.SpeedToLead;

/// <summary>
/// When the host stored each lead, claimed its <c>LeadReceived</c> event, scored it, opened its conversation and
/// reserved its first message, read from the host's own tables after the run: the stages between the intake's answer
/// and the provider's, by the host's clock.
/// </summary>
internal static class LeadJourneys
{
    private const string LeadReceivedType = "Modular.Modules.Leads.Contracts.LeadReceived,";

    public static async Task<Journeys> ReadSqliteAsync(string file, TimeSpan outboxLease)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await ReadAsync(
            sql => new SqliteCommand(sql, connection), name => name.Replace('.', '_'), outboxLease,
            (reader, column) => Guid.Parse(reader.GetString(column)),
            (reader, column) => FromSqlite(reader.GetInt64(column)));
    }

    public static async Task<Journeys> ReadPostgresAsync(string connectionString, TimeSpan outboxLease)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await ReadAsync(
            sql => new NpgsqlCommand(sql, connection), name => name, outboxLease,
            (reader, column) => reader.GetGuid(column),
            (reader, column) => reader.GetFieldValue<DateTimeOffset>(column));
    }

    /// <param name="table">The table's name on this database from its PostgreSQL name (schema.table).</param>
    private static async Task<Journeys> ReadAsync(
        Func<string, DbCommand> command, Func<string, string> table, TimeSpan outboxLease,
        Func<DbDataReader, int, Guid> guid, Func<DbDataReader, int, DateTimeOffset> at)
    {
        // A claim moves NextAttemptAt to the end of the lease: for an event claimed once, that dates the claim.
        var claimed = new Dictionary<Guid, DateTimeOffset>();
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var reader in RowsAsync(command($"""SELECT "Type", "Payload", "NextAttemptAt", "Attempts" FROM {table("platform.outbox_messages")}""")))
        {
            var type = reader.GetString(0);
            var name = type.Split(',')[0].Split('.')[^1];
            events[name] = events.GetValueOrDefault(name) + 1;
            if (type.StartsWith(LeadReceivedType, StringComparison.Ordinal) && reader.GetInt32(3) == 1)
            {
                using var payload = JsonDocument.Parse(reader.GetString(1));
                claimed[payload.RootElement.GetProperty("leadId").GetGuid()] = at(reader, 2) - outboxLease;
            }
        }

        var scored = await TimesAsync(command($"""SELECT "LeadId", "ScoredAt" FROM {table("leads.scores")}"""), guid, at);
        var opened = await TimesAsync(command($"""SELECT "LeadId", "CreatedAt" FROM {table("qualification.conversations")}"""), guid, at);

        // The first outbound message of each lead: the conversation's opening.
        var first = new Dictionary<Guid, DateTimeOffset>();
        await foreach (var reader in RowsAsync(command($"""SELECT "LeadId", "CreatedAt" FROM {table("messaging.messages")} WHERE "Direction" = 'out' AND "LeadId" IS NOT NULL""")))
        {
            var id = guid(reader, 0);
            var reserved = at(reader, 1);
            if (!first.TryGetValue(id, out var earlier) || reserved < earlier)
                first[id] = reserved;
        }

        var journeys = new Dictionary<string, LeadJourney>(StringComparer.Ordinal);
        await foreach (var reader in RowsAsync(command($"""SELECT "Id", "Phone", "CreatedAt" FROM {table("leads.leads")} WHERE "Phone" IS NOT NULL""")))
        {
            var id = guid(reader, 0);
            journeys[reader.GetString(1)] = new LeadJourney(
                at(reader, 2), claimed.TryGetValue(id, out var c) ? c : null, scored.TryGetValue(id, out var s) ? s : null,
                opened.TryGetValue(id, out var o) ? o : null, first.TryGetValue(id, out var r) ? r : null);
        }
        return new Journeys(journeys, events);
    }

    private static async Task<Dictionary<Guid, DateTimeOffset>> TimesAsync(DbCommand command, Func<DbDataReader, int, Guid> guid, Func<DbDataReader, int, DateTimeOffset> at)
    {
        var times = new Dictionary<Guid, DateTimeOffset>();
        await foreach (var reader in RowsAsync(command))
            times[guid(reader, 0)] = at(reader, 1);
        return times;
    }

    private static async IAsyncEnumerable<DbDataReader> RowsAsync(DbCommand command)
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

/// <summary>Every lead's journey by its E.164 phone, and how many outbox events of each type the host wrote.</summary>
internal sealed record Journeys(IReadOnlyDictionary<string, LeadJourney> ByPhone, IReadOnlyDictionary<string, int> OutboxEvents);

/// <summary>One lead through the host, by the host's clock (UTC); null where it never got that far or could not be dated.</summary>
/// <param name="Stored">The lead row's creation, in the intake's transaction.</param>
/// <param name="Claimed">When the outbox dispatcher claimed its LeadReceived event (null when claimed more than once).</param>
/// <param name="Scored">When the scoring handler scored it.</param>
/// <param name="Opened">The conversation row's creation by the conversation engine's handler.</param>
/// <param name="Reserved">The first message stored as <c>sending</c>, just before the provider was called.</param>
internal sealed record LeadJourney(DateTimeOffset Stored, DateTimeOffset? Claimed, DateTimeOffset? Scored, DateTimeOffset? Opened, DateTimeOffset? Reserved);
